/** Quality budgets that are stable enough to enforce in CI (issue #12): layout shift, 404, sitemap, headers. */
import { expect, test } from '@playwright/test';
import { BUDGETS } from '../../tools/lib/budgets.ts';

/** One page of each type the benchmark measures. */
const PAGE_TYPES = {
  home: '/',
  document: '/van-ban/tien-giang-ke-hoach-112-kh-ubnd-2023/',
  locality: '/dia-phuong/tien-giang/',
  pillar: '/chu-de/chinh-quyen-so/',
  comparison: '/so-sanh/2025/',
  search: '/tim-kiem/?q=chuyen+doi+so',
  'targets list': '/chi-tieu/',
};

for (const [type, path] of Object.entries(PAGE_TYPES))
  for (const [screen, size] of [
    ['a phone', { width: 375, height: 812 }],
    ['a laptop', { width: 1280, height: 720 }],
  ] as const) {
    test(`the ${type} page does not shift its layout while loading, on ${screen} screen`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.goto(path, { waitUntil: 'networkidle' });
      const cls = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let sum = 0;
            new PerformanceObserver((list) => {
              for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) sum += e.value;
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(sum), 300);
          }),
      );
      expect(cls).toBeLessThanOrEqual(BUDGETS.cls);
    });
  }

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const res = await page.goto('/khong-co-trang-nay/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: /tìm kiếm|trang chủ/i }).first()).toBeVisible();
});

test('sitemap.xml lists the documents by their canonical addresses, and robots.txt points to it', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('<loc>https://chuyendoiso-diaphuong.example/van-ban/ha-tien-ke-hoach-chuyen-doi-so-2023/</loc>');
  expect(sitemap).not.toContain('/so-sanh/</loc>'); // duplicate of /so-sanh/2025/
  expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap: https://chuyendoiso-diaphuong.example/sitemap.xml');
});
