import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pagesByTemplate } from './site-pages.ts';

// axe takes 10–30 s on the longest pages (the 112 plan, the comparison matrices) on 2 cores.
test.describe.configure({ timeout: 120_000 });

for (const path of pagesByTemplate(4)) {
  test(`${path} has no axe violations, works under its Content-Security-Policy and requests nothing from another host`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("script-src 'self'");
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
    expect(summary).toEqual([]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
}
