import { expect, test } from '@playwright/test';

const DOC = 'tien-giang-ke-hoach-112-kh-ubnd-2023';

test('the language switch leads to the same page in the other language, and back', async ({ page }) => {
  await page.goto(`/van-ban/${DOC}/`);
  await page.locator('a.lang-switch').click();
  await expect(page).toHaveURL(new RegExp(`/en/van-ban/${DOC}/$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Plan 112/KH-UBND');
  await page.locator('a.lang-switch').click();
  await expect(page).toHaveURL(new RegExp(`/van-ban/${DOC}/$`));
  await expect(page).not.toHaveURL(/\/en\//);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
});

test('the OCR source view switches to its English twin, whose headings are English and whose text stays Vietnamese', async ({ page }) => {
  await page.goto(`/van-ban/${DOC}/nguon/`);
  await page.locator('a.lang-switch').click();
  await expect(page).toHaveURL(new RegExp(`/en/van-ban/${DOC}/nguon/$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('OCR source: Plan 112/KH-UBND');
  await expect(page.locator('ol.source-lines')).toHaveAttribute('lang', 'vi');
});

test('pages in both languages name each other as hreflang alternates', async ({ page }) => {
  for (const path of ['/so-sanh/2025/', '/en/so-sanh/2025/']) {
    await page.goto(path);
    await expect(page.locator('link[rel="alternate"][hreflang="vi"]')).toHaveAttribute('href', /[^n]\/so-sanh\/2025\/$/);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/en\/so-sanh\/2025\/$/);
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', /[^n]\/so-sanh\/2025\/$/);
  }
});

test('an English document page gives the unofficial summary, says the text is Vietnamese and links to it', async ({ page }) => {
  await page.goto('/en/van-ban/tra-vinh-nghi-quyet-09-nq-tu-2022/');
  await expect(page.getByRole('heading', { name: 'Unofficial summary' })).toBeVisible();
  await expect(page.getByText('The text of this document is in Vietnamese')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Read the full text (Vietnamese)' })).toHaveAttribute('href', '/van-ban/tra-vinh-nghi-quyet-09-nq-tu-2022/');
  await expect(page.getByRole('link', { name: 'BibTeX' })).toHaveAttribute('href', '/en/cite/document/tra-vinh-nghi-quyet-09-nq-tu-2022.bib');
});

test('the English comparison shows the same verdicts as the Vietnamese one, with English labels', async ({ page }) => {
  const verdicts = async (path: string) => {
    await page.goto(path);
    return page
      .locator('#matrix [data-verdict]')
      .evaluateAll((els) => els.map((e) => `${e.closest('[data-record]')?.getAttribute('data-record')}:${e.getAttribute('data-verdict')}`));
  };
  const vi = await verdicts('/so-sanh/2025/');
  const en = await verdicts('/en/so-sanh/2025/');
  expect(en).toEqual(vi);
  expect(en.length).toBeGreaterThan(0);
  await expect(page.locator('#matrix caption')).toContainText('not directly comparable');
});

test('the sitemap lists pages of both languages with their alternates', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  expect(xml).toMatch(/<loc>[^<]*\/en\/van-ban\/<\/loc>/);
  expect(xml).toMatch(/<loc>[^<]*[^n]\/van-ban\/<\/loc>/);
  expect(xml).toMatch(/<xhtml:link rel="alternate" hreflang="en" href="[^"]*\/en\/van-ban\/"\/>/);
});

test('the English search finds the Vietnamese passages and the English pages, in an English interface', async ({ page }) => {
  await page.goto('/en/tim-kiem/?q=chuyen+doi+so');
  await expect(page.locator('#search-status')).toContainText(/\d+ results for “chuyen doi so”/);
  await expect(page.locator('#search-results li').first()).toBeVisible();
  await page.goto('/en/tim-kiem/?q=Digital+government');
  await expect(page.locator('#search-results a[href="/en/chu-de/chinh-quyen-so/"]')).toBeVisible();
  await page.goto('/tim-kiem/?q=Digital+government');
  await expect(page.locator('#search-status')).toBeVisible();
  await expect(page.locator('#search-results a[href^="/en/"]')).toHaveCount(0);
});

test('a search from the English header stays in the English edition', async ({ page }) => {
  await page.goto('/en/van-ban/');
  await page.locator('#site-search-q').fill('1780/QD-UBND');
  await page.locator('#site-search-q').press('Enter');
  await expect(page).toHaveURL(/\/en\/tim-kiem\/\?q=1780%2FQD-UBND/);
  await expect(page.locator('#search-results li').first()).toBeVisible();
});
