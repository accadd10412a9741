import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ComparePage } from './pages/compare-page.ts';

test('changing pillar and locality updates the matrix and the URL', async ({ page }) => {
  const cmp = new ComparePage(page);
  await cmp.open();
  const all = await cmp.visibleRows().count();
  await cmp.pillar.selectOption('kinh-te-so');
  await expect(cmp.visibleRows()).not.toHaveCount(all);
  for (const body of await cmp.matrix.locator('tbody:visible').all()) await expect(body).toHaveAttribute('data-pillar', 'kinh-te-so');
  await cmp.locality('Hà Tiên').uncheck();
  await expect(cmp.column('ha-tien')).toBeHidden();
  await expect(cmp.column('tra-vinh')).toBeVisible();
  const url = new URL(page.url());
  expect(url.searchParams.get('tru-cot')).toBe('kinh-te-so');
  expect(url.searchParams.get('dia-phuong')).toBe('dong-thap,tien-giang,tra-vinh');
});

test('changing the year keeps the selection and shows that year', async ({ page }) => {
  const cmp = new ComparePage(page);
  await cmp.open('/so-sanh/2025/?tru-cot=xa-hoi-so');
  await page.getByRole('navigation', { name: 'Chọn năm mục tiêu' }).getByRole('link', { name: 'Năm 2030' }).click();
  await expect(page).toHaveURL(/\/so-sanh\/2030\/\?tru-cot=xa-hoi-so$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('năm 2030');
  await expect(cmp.pillar).toHaveValue('xa-hoi-so');
});

test('a permalink restores the view', async ({ page }) => {
  const cmp = new ComparePage(page);
  await cmp.open('/so-sanh/2030/?q=tai+khoan&dia-phuong=tra-vinh,dong-thap');
  await expect(cmp.filter).toHaveValue('tai khoan');
  await expect(cmp.locality('Hà Tiên')).not.toBeChecked();
  await expect(cmp.column('ha-tien')).toBeHidden();
  await expect(cmp.visibleRows()).toHaveCount(1);
  await expect(cmp.row('tai-khoan-thanh-toan')).toBeVisible();
});

test('the filter finds targets typed without diacritics', async ({ page }) => {
  const cmp = new ComparePage(page);
  await cmp.open();
  await cmp.filter.fill('cap quang');
  await expect(cmp.row('ho-gia-dinh-cap-quang')).toBeVisible();
  await expect(cmp.row('kinh-te-so-ty-trong')).toBeHidden();
  await cmp.filter.fill('OCOP');
  await expect(cmp.row('ocop-san-tmdt')).toBeVisible();
});

test('every cell link lands on its highlighted sentence', async ({ page, request }) => {
  const cmp = new ComparePage(page);
  const hrefs = new Set<string>();
  for (const year of [2023, 2025, 2030]) {
    await cmp.open(`/so-sanh/${year}/`);
    for (const h of await cmp.matrix.locator('td .cell-target a[href*="/van-ban/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) hrefs.add(h);
  }
  expect(hrefs.size).toBeGreaterThan(20);
  const pages = new Map<string, string>();
  for (const href of hrefs) {
    const [path, id] = href.split('#');
    if (!pages.has(path)) pages.set(path, await (await request.get(path)).text());
    expect(pages.get(path), `${href} has no anchor`).toContain(`id="${id}"`);
  }
  const first = [...hrefs][0];
  await page.goto(first);
  const mark = page.locator(`[id="${first.split('#')[1]}"]`);
  await expect(mark).toBeInViewport();
  await expect(mark).toHaveCSS('outline-style', 'solid');
});

test('the CSV download matches the view', async ({ page }) => {
  const cmp = new ComparePage(page);
  await cmp.open('/so-sanh/2025/?tru-cot=xa-hoi-so&dia-phuong=tra-vinh,ha-tien');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải CSV' }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe('Chỉ số,Quốc gia,Hà Tiên,Trà Vinh');
  expect(lines.length - 1).toBe(await cmp.visibleRows().count());
  const firstRow = await cmp.visibleRows().first().locator('th a').textContent();
  expect(lines[1].startsWith(firstRow!.trim()) || lines[1].startsWith(`"${firstRow!.trim()}`)).toBe(true);
});

test('a first-time user finds which localities target more than 50% e-payment accounts, and by when', async ({ page }) => {
  const cmp = new ComparePage(page);
  await cmp.open('/so-sanh/');
  await cmp.filter.fill('tai khoan thanh toan');
  const row = cmp.row('tai-khoan-thanh-toan');
  await expect(row).toBeVisible();
  await expect(row.locator('td[data-col="dong-thap"]')).toContainText('> 60%');
  await expect(row.locator('td[data-col="tra-vinh"]')).toContainText('> 50%');
  await expect(row.locator('td[data-col="quoc-gia"]')).toContainText('> 50%');
});

test('promised vs delivered shows target, result and đạt / chưa đạt side by side', async ({ page }) => {
  await page.goto('/so-sanh/2025/');
  const table = page.locator('section', { has: page.getByRole('heading', { name: 'Cam kết và kết quả' }) }).locator('table');
  await expect(table.locator('tbody tr').first()).toBeVisible();
  await expect(table).toContainText('Đạt');
  await expect(table).toContainText('Chưa đạt');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the full default matrix and the charts are there', async ({ page }) => {
    const cmp = new ComparePage(page);
    await cmp.open('/so-sanh/');
    expect(await cmp.matrix.locator('tr[data-indicator]').count()).toBeGreaterThan(10);
    await expect(page.locator('figure.chart svg').first()).toBeVisible();
    await expect(page.locator('figure.chart svg title').first()).not.toBeEmpty();
  });
});
