import type { Locator, Page } from '@playwright/test';

/** Page object for the comparison (/so-sanh/<year>/). */
export class ComparePage {
  readonly matrix: Locator;
  readonly filter: Locator;
  readonly pillar: Locator;
  readonly status: Locator;
  constructor(readonly page: Page) {
    this.matrix = page.locator('table#matrix');
    this.filter = page.getByLabel('Lọc chỉ số (có dấu hoặc không dấu)');
    this.pillar = page.getByLabel('Trụ cột');
    this.status = page.locator('#cmp-status');
  }
  async open(path = '/so-sanh/2025/') {
    await this.page.goto(path);
  }
  locality(name: string) {
    return this.page.getByRole('group', { name: 'Địa phương' }).getByLabel(name);
  }
  visibleRows() {
    return this.matrix.locator('tr[data-indicator]:visible');
  }
  row(indicator: string) {
    return this.matrix.locator(`tr[data-indicator="${indicator}"]`);
  }
  column(id: string) {
    return this.matrix.locator(`thead th[data-col="${id}"]`);
  }
}
