import { expect, test } from '@playwright/test';
import { CITATION_RE } from '../../src/lib/citations.ts';

const DOCS = [
  'tra-vinh-nghi-quyet-09-nq-tu-2022',
  'tien-giang-bao-cao-573-bc-tu-2024',
  'tien-giang-ke-hoach-112-kh-ubnd-2023',
  'ha-tien-ke-hoach-chuyen-doi-so-2023',
  'dong-thap-ke-hoach-thuc-hien-nq-04-nq-tu',
];

test('from a tagged section, the same topic in every other document is one click away', async ({ page }) => {
  await page.goto(`/van-ban/${DOCS[0]}/`);
  const same = page.locator('.same-topic').first();
  await expect(same).toBeVisible();
  const links = same.getByRole('link');
  await expect(links).toHaveCount(4);
  const href = (await links.first().getAttribute('href'))!;
  await links.first().click();
  await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeInViewport();
});

test('a pillar page reaches each passage in context in one click', async ({ page }) => {
  await page.goto('/chu-de/kinh-te-so/');
  const passage = page.locator('.passages a').first();
  const href = (await passage.getAttribute('href'))!;
  await passage.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeInViewport();
  await page.goto('/chu-de/kinh-te-so/');
  await expect(page.getByRole('link', { name: /So sánh chỉ tiêu kinh tế số/ })).toHaveAttribute('href', '/so-sanh/2025/?tru-cot=kinh-te-so');
});

for (const slug of DOCS) {
  test(`every cited document number in ${slug} links to its page`, async ({ page }) => {
    await page.goto(`/van-ban/${slug}/`);
    const unlinked = await page.locator('.doc-body').evaluate((body, src) => {
      const re = new RegExp(src, 'gu');
      const out: string[] = [];
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        // Reader notes of the consistency check quote printed places; the document text is what must link.
        if (n.parentElement?.closest('a, .consistency-note')) continue;
        for (const m of n.textContent!.matchAll(re)) out.push(m[1]);
      }
      return out;
    }, CITATION_RE.source);
    expect(unlinked).toEqual([]);
  });
}

test('abbreviations are expanded on their first use on a page, and only there', async ({ page }) => {
  await page.goto(`/van-ban/${DOCS[2]}/`);
  const abbr = page.locator('main abbr', { hasText: /^TTHC$/ });
  await expect(abbr).toHaveCount(1);
  await expect(abbr).toHaveAttribute('title', 'thủ tục hành chính');
  const firstUse = await page.locator('main').evaluate((main) => {
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode())
      if (/(?<![\p{L}\p{N}/-])TTHC(?![\p{L}\p{N}])/u.test(n.textContent!)) return n.parentElement!.tagName;
    return null;
  });
  expect(firstUse).toBe('ABBR');
  await page.goto('/thuat-ngu/');
  await expect(page.locator('#dvctt')).toContainText('dịch vụ công trực tuyến');
});

test('a cited document page lists where each document cites it', async ({ page }) => {
  await page.goto('/van-ban-trich-dan/749-qd-ttg/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quyết định 749/QĐ-TTg');
  const link = page.locator('.passages a').first();
  await link.click();
  await expect(page).toHaveURL(/\/van-ban\/.+#.+/);
  await page.goto('/van-ban-trich-dan/');
  await expect(page.locator('figure.network svg title')).toHaveText('Quan hệ trích dẫn giữa các văn bản');
});

test('a locality page shows its documents in order, its history and its targets', async ({ page }) => {
  await page.goto('/dia-phuong/tien-giang/');
  const docs = page.locator('section, main').getByRole('list').filter({ hasText: 'Kế hoạch 112/KH-UBND' }).first().locator('li');
  await expect(docs.first()).toContainText('Kế hoạch 112/KH-UBND');
  await expect(docs.last()).toContainText('Báo cáo 573-BC/TU');
  await expect(page.getByText('01/7/2025').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Chỉ tiêu và kết quả theo chủ đề' })).toBeVisible();
});
