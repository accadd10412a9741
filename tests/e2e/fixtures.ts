/**
 * One page per worker, kept open: the page-list checks (320 px, axe) and the search cases navigate it
 * from URL to URL, so the site's CSS, fonts, scripts and Pagefind's index come from its cache, and no
 * test pays for a new browser context and page (together 3× the time of the navigation itself on
 * these 2-core machines). None of these tests uses cookies or storage; each navigation starts a new
 * document, and tests that listen to the page remove their listeners.
 */
import { test as base, type Browser, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

const PHONE = { width: 320, height: 640 };

export const test = base.extend<object, { sharedPage: Page; phonePage: Page }>({
  /** A laptop-sized page (Playwright's default 1280 × 720). */
  sharedPage: [async ({ browser }, use, workerInfo) => usePage(browser, workerInfo.project.use.baseURL, undefined, use), { scope: 'worker' }],
  /** A 320 px wide phone page. */
  phonePage: [async ({ browser }, use, workerInfo) => usePage(browser, workerInfo.project.use.baseURL, PHONE, use), { scope: 'worker' }],
});

async function usePage(browser: Browser, baseURL: string | undefined, viewport: typeof PHONE | undefined, use: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ baseURL, ...(viewport && { viewport }) });
  await use(await context.newPage());
  await context.close();
}
