import { expect, test, type Page } from '@playwright/test';

const SLUG = 'tra-vinh-nghi-quyet-09-nq-tu-2022';
const PASSAGE = 'mo-dau--1';
const mailto = (href: string) => {
  const url = new URL(href);
  return { to: url.pathname, subject: url.searchParams.get('subject') ?? '', body: url.searchParams.get('body') ?? '' };
};
/** Clicks a passage's Báo lỗi link and returns the href the browser would follow (the mail client is not opened). */
async function clickReport(page: Page, passage: string): Promise<string> {
  await page.evaluate(() => {
    // Registered after the page's own listener, so it sees the href that listener wrote.
    document.addEventListener('click', (e) => {
      const link = (e.target as Element).closest('a.passage-report');
      if (!link) return;
      e.preventDefault();
      document.body.dataset.followed = (link as HTMLAnchorElement).href;
    });
  });
  await page.locator(`#${passage} a.passage-report`).click();
  return (await page.locator('body').getAttribute('data-followed')) ?? '';
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a passage’s Báo lỗi link is a mailto naming the document and the passage', async ({ page }) => {
    await page.goto(`/van-ban/${SLUG}/`);
    const href = (await page.locator(`#${PASSAGE} a.passage-report`).getAttribute('href'))!;
    expect(href).toMatch(/^mailto:[^?@]+@[^?]+\?subject=/);
    expect(mailto(href).subject).toBe(`Báo lỗi: ${SLUG}#${PASSAGE}`);
  });
});

test('clicking Báo lỗi writes a message quoting the passage’s current text, in NFC', async ({ page }) => {
  await page.goto(`/van-ban/${SLUG}/`);
  const light = (await page.locator(`#${PASSAGE} a.passage-report`).getAttribute('href'))!;
  const { to, subject, body } = mailto(await clickReport(page, PASSAGE));
  expect(to).toBe(mailto(light).to);
  expect(subject).toMatch(new RegExp(`^Báo lỗi: .+\\(Trà Vinh\\), đoạn ${PASSAGE}$`));
  expect(body).toContain(`/van-ban/${SLUG}/#${PASSAGE}`);
  expect(body).toContain('“Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI');
  expect(body).not.toContain('Báo lỗi đoạn này');
  expect(body.normalize('NFC')).toBe(body);
});

test('a long passage is quoted cut at a word boundary, with an ellipsis', async ({ page }) => {
  await page.goto(`/van-ban/${SLUG}/`);
  const passage = await page.locator('.doc-body p[id]').evaluateAll((ps) => ps.find((p) => (p.textContent ?? '').length > 400)?.id);
  expect(passage, 'a passage longer than 400 characters').toBeTruthy();
  const quoted = /“(.*)”/.exec(mailto(await clickReport(page, passage!)).body)![1];
  expect(quoted.endsWith('…')).toBe(true);
  expect(quoted.length).toBeLessThanOrEqual(301);
  const words = (await page.locator(`#${passage}`).textContent())!.replace(/\s+/g, ' ');
  expect(words).toContain(quoted.slice(0, -1).split(' ').slice(-3).join(' '));
});

test('a table row is quoted cell by cell', async ({ page }) => {
  await page.goto('/van-ban/tien-giang-ke-hoach-112-kh-ubnd-2023/');
  const row = await page.locator('.doc-body tr[id]').first().getAttribute('id');
  const { body } = mailto(await clickReport(page, row!));
  expect(body).toMatch(/“[^”]+ \| [^”]+/);
});
