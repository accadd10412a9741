import { expect, type Locator, type Page } from '@playwright/test';

/** Page object for /tim-kiem/. */
export class SearchPage {
  readonly input: Locator;
  readonly status: Locator;
  readonly results: Locator;
  constructor(readonly page: Page) {
    this.input = page.getByLabel('Từ khóa (có dấu hoặc không dấu)');
    this.status = page.locator('#search-status');
    this.results = page.locator('#search-results > li');
  }
  async open(query = '', filters: string[] = []) {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const f of filters) params.append('f', f);
    await this.page.goto(`/tim-kiem/${params.size ? `?${params}` : ''}`);
    if (query || filters.length) await expect(this.status).not.toBeEmpty({ timeout: 30_000 });
  }
  /**
   * Shows the results for `query`: typed into the search box when this page is already the search page
   * (Pagefind stays loaded, as for a reader searching again), else opened from the URL.
   */
  async search(query: string) {
    if (new URL(this.page.url(), 'http://x').pathname !== '/tim-kiem/') return this.open(query);
    // The status is written with the results it counts: empty it, so waiting for it waits for this query's.
    await this.status.evaluate((el) => (el.textContent = ''));
    await this.input.fill(query);
    await expect(this.status).not.toBeEmpty({ timeout: 30_000 });
    await expect(this.status).toContainText(query.trim());
  }
  async type(query: string) {
    await this.input.fill(query);
    await expect(this.status).toContainText(query);
  }
  /** The hrefs of the first n results. */
  async topHrefs(n = 3): Promise<string[]> {
    return this.results.locator('a.search-results__title').evaluateAll((as, k) => as.slice(0, k).map((a) => a.getAttribute('href') ?? ''), n);
  }
  filter(name: string, value: string) {
    return this.page.getByRole('group', { name }).getByRole('checkbox', { name: new RegExp(`^${value} `) });
  }
}
