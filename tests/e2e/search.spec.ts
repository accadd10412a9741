import { expect, test, type Locator } from '@playwright/test';
import { SearchPage } from './pages/search-page.ts';
import { urls } from '../../src/lib/urls.ts';

test('typing a query updates the results and the URL', async ({ page }) => {
  const search = new SearchPage(page);
  await search.open();
  await search.type('chuyen doi so');
  await expect(search.results.first()).toBeVisible();
  await expect(page).toHaveURL(/\?q=chuyen\+doi\+so$/);
});

test('"duong" finds words spelled with đ', async ({ page }) => {
  const search = new SearchPage(page);
  await search.open('duong truyen');
  await expect(search.results.first()).toBeVisible();
  await expect(search.results.locator('mark').first()).toBeVisible();
  const text = (await search.results.allTextContents()).join(' ');
  expect(text).toMatch(/đường truyền/i);
});

test('the Pagefind index itself finds "chuyen doi so" and "duong" without any query rewriting', async ({ page }) => {
  await page.goto('/tim-kiem/');
  const counts = await page.evaluate(async (path) => {
    // Served by the built site, not a module of this project.
    const pf = await import(/* @vite-ignore */ path);
    await pf.init();
    const n = async (q: string) => (await pf.search(q)).results.length;
    // Pagefind also matches near spellings ("đổi" ~ "đơn"), so compare the records that hold the phrase itself.
    const folded = new Set((await pf.search('chuyen doi so')).results.map((r: { id: string }) => r.id));
    const exactHits = (await pf.search('chuyển đổi số')).results.slice(0, 60) as { id: string; data(): Promise<{ content: string }> }[];
    const holding = (
      await Promise.all(
        exactHits.map(async (r) =>
          (await r.data()).content
            .replace(/\s*~[^\s~]+~/g, '')
            .toLowerCase()
            .includes('chuyển đổi số')
            ? r.id
            : null,
        ),
      )
    ).filter(Boolean);
    return {
      chuyenDoiSo: folded.size,
      duong: await n('duong'),
      qd: await n('749/QD-TTg'),
      exact: holding.length,
      lost: holding.filter((id) => !folded.has(id as string)).length,
    };
  }, urls.searchIndexScript());
  expect(counts.chuyenDoiSo).toBeGreaterThan(10);
  expect(counts.duong).toBeGreaterThan(0);
  expect(counts.qd).toBeGreaterThan(0);
  // Folding must not lose any record holding the words an exact query finds.
  expect(counts.exact).toBeGreaterThan(10);
  expect(counts.lost).toBe(0);
});

test('results never show the index-only đ variant tokens', async ({ page }) => {
  const search = new SearchPage(page);
  await search.open('chuyen doi so dong thap');
  await expect(search.results.first()).toBeVisible();
  const text = (await search.results.allTextContents()).join(' ');
  expect(text).not.toMatch(/~/);
  expect(text).toMatch(/chuyển đổi số/i);
});

/**
 * The count the status shows once it shows one other than `previous`: while a search paints, the status is
 * empty (the count is written once every tier group is known), which "not the old count" alone would accept.
 */
async function resultCount(status: Locator, previous?: number): Promise<number> {
  let n = NaN;
  await expect
    .poll(async () => {
      n = Number((await status.textContent())?.match(/(\d+) kết quả/)?.[1] ?? NaN);
      return Number.isFinite(n) && n !== previous;
    })
    .toBe(true);
  return n;
}

test('filters combine: locality and "targets only" narrow the results, and stay in the URL', async ({ page }) => {
  const search = new SearchPage(page);
  await search.open('dich vu cong');
  const all = await resultCount(search.status);
  await search.filter('Loại kết quả', 'Chỉ tiêu').check();
  const targetsOnly = await resultCount(search.status, all);
  await search.filter('Địa phương', 'Trà Vinh').check();
  await resultCount(search.status, targetsOnly);
  expect(new URL(page.url()).searchParams.getAll('f')).toEqual(['Loại kết quả:Chỉ tiêu', 'Địa phương:Trà Vinh']);
  for (const title of await search.results.locator('a.search-results__title').allTextContents()) {
    expect(title).toMatch(/^Chỉ tiêu.*Trà Vinh/);
  }
  await page.reload();
  await expect(search.filter('Địa phương', 'Trà Vinh')).toBeChecked();
});

test('a target result opens its marked sentence', async ({ page }) => {
  const search = new SearchPage(page);
  await search.open('nhom 25', ['Loại kết quả:Chỉ tiêu']);
  await search.results.first().locator('a').first().click();
  await expect(page.locator('mark#dt04-2025-xep-hang-nhom-25')).toBeInViewport();
});

test('the search box in the header works from any page', async ({ page }) => {
  await page.goto('/dia-phuong/ha-tien/');
  await page.getByRole('search', { name: 'Tìm nhanh' }).getByRole('searchbox').fill('OCOP');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/tim-kiem\/\?q=OCOP/);
  await expect(new SearchPage(page).results.first()).toBeVisible();
});

test('search runs under the strict Content-Security-Policy (WebAssembly allowed, eval not)', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy|CSP violation/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const search = new SearchPage(page);
  await search.open('chuyen doi so');
  await expect(search.results.first()).toBeVisible();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
  expect(violations).toEqual([]);
  // An injected inline script (no hash) and string-eval timers are refused.
  const ran = await page.evaluate(async () => {
    const w = window as unknown as Record<string, unknown>;
    const s = document.createElement('script');
    s.textContent = 'window.__inline = true';
    document.body.append(s);
    (setTimeout as unknown as (code: string, ms: number) => void)('window.__evalled = true', 0);
    await new Promise((r) => setTimeout(r, 50));
    return { inline: w.__inline === true, evalled: w.__evalled === true };
  });
  expect(ran).toEqual({ inline: false, evalled: false });
  expect(violations.some((v) => /script-src/.test(v))).toBe(true);
});
