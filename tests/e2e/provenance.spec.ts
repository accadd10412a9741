import { expect, test } from '@playwright/test';

const DT = 'dong-thap-ke-hoach-thuc-hien-nq-04-nq-tu';

test('a reader who doubts a word opens its source lines in one click from the side-by-side view', async ({ page }) => {
  await page.goto(`/van-ban/${DT}/doi-chieu/`);
  const firstLink = page.locator('table.compare a[href*="/nguon/#L"]').first();
  const href = await firstLink.getAttribute('href');
  await firstLink.click();
  const line = href!.split('#')[1];
  await expect(page.locator(`li#${line}`)).toBeInViewport();
});

test('the document page links to the verbatim source and the side-by-side view', async ({ page }) => {
  await page.goto(`/van-ban/${DT}/`);
  await expect(page.getByRole('link', { name: 'bản OCR gốc' })).toHaveAttribute('href', `/van-ban/${DT}/nguon/`);
  await expect(page.getByRole('link', { name: 'đối chiếu từng đoạn' })).toHaveAttribute('href', `/van-ban/${DT}/doi-chieu/`);
});

test('/data/fidelity.json lists each document with its figures', async ({ request }) => {
  const res = await request.get('/data/fidelity.json');
  expect(res.ok()).toBe(true);
  const data = await res.json();
  const dt = data.documents.find((d: { document: string }) => d.document === DT);
  expect(dt).toMatchObject({ passed: true, number_differences: 0 });
  expect(dt.coverage).toBeGreaterThanOrEqual(0.99);
  expect(data.documents).toHaveLength(5);
});

test('uncertain readings are visible in the text and listed on the method page', async ({ page }) => {
  await page.goto('/van-ban/ha-tien-ke-hoach-chuyen-doi-so-2023/');
  const marker = page.locator('.uncertain').first();
  await expect(marker).toBeVisible();
  await expect(marker.locator('.uncertain__flag')).toHaveText('?');
  await page.goto('/phuong-phap/');
  await expect(page.getByRole('heading', { name: 'Các chỗ đọc chưa chắc chắn' })).toBeVisible();
  await expect(page.locator('table').filter({ hasText: 'Bản OCR' }).first()).toBeVisible();
});
