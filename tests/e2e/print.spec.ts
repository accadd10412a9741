/**
 * Printing on A4 (issue #20): a document and a comparison print with every table column on the
 * page. The page is laid out as Chromium prints it: print styles, at the width A4 leaves inside the
 * 15 mm margins of `@page` (180 mm = 680 CSS px). Nothing may stick out of that width, and no table
 * may be cut by a scroll box, which does not scroll on paper.
 */
import { expect, test } from './fixtures.ts';
import { urls } from '../../src/lib/urls.ts';

const A4_CONTENT_WIDTH = Math.floor((180 / 25.4) * 96);

const PAGES = [urls.document('tien-giang-ke-hoach-112-kh-ubnd-2023'), urls.document('dong-thap-ke-hoach-thuc-hien-nq-04-nq-tu'), urls.comparison(2025)];

for (const path of PAGES) {
  test(`${path} prints on A4 with no table column cut off`, async ({ page }) => {
    await page.setViewportSize({ width: A4_CONTENT_WIDTH, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    await page.goto(path);
    const cut = await page.evaluate((width) => {
      const out: string[] = [];
      for (const table of document.querySelectorAll('table')) {
        const label = `table ${table.id || table.className || '(unnamed)'} “${(table.caption?.textContent ?? table.rows[0]?.textContent ?? '').trim().slice(0, 40)}”`;
        const box = table.getBoundingClientRect();
        if (box.width === 0) continue; // not printed
        if (box.right > width + 0.5) out.push(`${label} ends at ${Math.round(box.right)} px`);
        for (let e = table.parentElement; e && e !== document.body; e = e.parentElement)
          if (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible')
            out.push(`${label} is cut by ${e.tagName.toLowerCase()}.${[...e.classList].join('.')} (${e.scrollWidth} px in ${e.clientWidth})`);
      }
      if (document.documentElement.scrollWidth > width) out.push(`the page is ${document.documentElement.scrollWidth} px wide`);
      return out;
    }, A4_CONTENT_WIDTH);
    expect(cut).toEqual([]);
  });
}
