import AxeBuilder from '@axe-core/playwright';
import type { ConsoleMessage, Page, Request } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { pagesByTemplate } from './site-pages.ts';

// axe takes 10–30 s on the longest pages (the 112 plan, the comparison matrices) on 2 cores.
test.describe.configure({ timeout: 120_000 });

/** The pages that already report Content-Security-Policy violations to the console (the init script runs on every later document). */
const reportsCsp = new WeakSet<Page>();

for (const path of pagesByTemplate(4)) {
  test(`${path} has no axe violations, works under its Content-Security-Policy and requests nothing from another host`, async ({
    sharedPage: page,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const errors: string[] = [];
    const onRequest = (r: Request) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url());
    };
    const onConsole = (m: ConsoleMessage) => {
      if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) errors.push(m.text());
    };
    const onPageError = (e: Error) => errors.push(e.message);
    page.on('request', onRequest);
    page.on('console', onConsole);
    page.on('pageerror', onPageError);
    if (!reportsCsp.has(page)) {
      reportsCsp.add(page);
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
      });
    }
    try {
      // 'load', not 'networkidle' (half a second more a page): axe runs for longer than that, and a request it
      // leaves time for is still caught by the listeners above.
      await page.goto(path, { waitUntil: 'load' });
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("script-src 'self'");
      // axe.run in the page itself (legacy mode) instead of a per-frame run finished in a second blank page:
      // three times faster, and the same for a page without frames, which every page of this site is.
      expect(await page.locator('iframe, frame').count(), 'frames (legacy-mode axe would not look inside them)').toBe(0);
      // Blocks laid out only near the screen (content-visibility: auto, the long documents) are laid out
      // for axe, so that their colours and sizes are checked like the rest.
      await page.evaluate(() => {
        for (const el of document.querySelectorAll<HTMLElement>('body *'))
          if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
      });
      const results = await new AxeBuilder({ page })
        .setLegacyMode(true)
        .options({ resultTypes: ['violations'] })
        .analyze();
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
    } finally {
      page.off('request', onRequest);
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
    }
  });
}
