import { expect, test } from '@playwright/test';

test('the language switch leads to the same page in the other language, and back', async ({ page }) => {
  await page.goto('/van-ban/tien-giang-ke-hoach-112-kh-ubnd-2023/');
  await page.locator('a.lang-switch').click();
  await expect(page).toHaveURL(/\/en\/van-ban\/tien-giang-ke-hoach-112-kh-ubnd-2023\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Plan 112/KH-UBND');
  await page.locator('a.lang-switch').click();
  await expect(page).toHaveURL(/\/van-ban\/tien-giang-ke-hoach-112-kh-ubnd-2023\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
});

test('pages in both languages name each other as hreflang alternates', async ({ page }) => {
  await page.goto('/en/so-sanh/2025/');
  await expect(page.locator('link[rel="alternate"][hreflang="vi"]')).toHaveAttribute('href', /\/so-sanh\/2025\/$/);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/en\/so-sanh\/2025\/$/);
});

test('an English document page gives the unofficial summary and says the text stays Vietnamese', async ({ page }) => {
  await page.goto('/en/van-ban/tra-vinh-nghi-quyet-09-nq-tu-2022/');
  await expect(page.getByText('Unofficial summary written for this site')).toBeVisible();
  await expect(page.getByText('The text of this document stays in Vietnamese')).toBeVisible();
  await expect(page.getByRole('link', { name: 'BibTeX' })).toHaveAttribute('href', '/en/cite/document/tra-vinh-nghi-quyet-09-nq-tu-2022.bib');
});

test('the sitemap lists pages of both languages', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  expect(xml).toContain('/en/van-ban/');
  expect(xml).toMatch(/<loc>[^<]*\/van-ban\/<\/loc>/);
});
