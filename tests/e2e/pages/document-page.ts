import type { Locator, Page } from '@playwright/test';

/** Page object for a restored document page (/van-ban/<slug>/). */
export class DocumentPage {
  readonly toc: Locator;
  readonly body: Locator;
  readonly meta: Locator;
  constructor(readonly page: Page) {
    this.toc = page.getByRole('navigation', { name: 'Mục lục' });
    this.body = page.locator('.doc-body');
    this.meta = page.locator('dl.meta');
  }
  async open(slug: string, hash = '') {
    await this.page.goto(`/van-ban/${slug}/${hash}`);
  }
  heading(id: string) {
    return this.body.locator(`h2#${id}, h3#${id}, h4#${id}, h5#${id}, h6#${id}`);
  }
  metaValue(label: string) {
    return this.meta.locator(`dt:text-is("${label}") + dd`);
  }
}
