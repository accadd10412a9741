/**
 * Measurements in Chromium (Playwright, /usr/bin/chromium): what each page type downloads, what a
 * search query downloads on a fresh page, and warm search latency on /tim-kiem/. Each page load
 * gets a new browser context, so nothing is cached between measurements.
 */
import { chromium, type Browser, type BrowserContext, type Page, type Request, type Response } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './browser.ts';
import { accountBody, pagefindKind, sumByKind, type ResponseRecord } from '../lib/bench/sizes.ts';
import { summarize } from '../lib/bench/stats.ts';
import type { Latency, QueryBytes } from '../lib/bench/report-schema.ts';

export const SEARCH_DEBOUNCE_MS = 80; // src/scripts/search.ts
/** A common word over the scale corpus's 88,902 records takes Pagefind tens of seconds (README, issue #19). */
const SETTLE_TIMEOUT_MS = 120_000;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
}

/** Records every request and response of a context; bodies are read as responses arrive. */
class NetworkLog {
  readonly requests: Request[] = [];
  readonly errors: string[] = [];
  private readonly pending: Promise<ResponseRecord | null>[] = [];
  constructor(context: BrowserContext) {
    context.on('request', (r) => this.requests.push(r));
    context.on('requestfailed', (r) => this.errors.push(`failed ${r.url()} (${r.failure()?.errorText ?? '?'})`));
    context.on('response', (r) => this.pending.push(this.record(r)));
  }
  private async record(r: Response): Promise<ResponseRecord | null> {
    const status = r.status();
    if (status >= 400) this.errors.push(`${status} ${r.url()}`);
    if (status >= 300 && status < 400) return null;
    try {
      const body = await r.body();
      const contentType = (await r.allHeaders())['content-type'] ?? '';
      return { url: r.url(), contentType, ...accountBody(body, contentType) };
    } catch {
      return null; // e.g. a response whose page went away; counted as a request only
    }
  }
  async responses(): Promise<ResponseRecord[]> {
    return (await Promise.all(this.pending)).filter((r): r is ResponseRecord => r !== null);
  }
}

// In the page: layout shifts without recent input, summed (CLS over the load), with the nodes that moved.
const CLS_OBSERVER = () => {
  type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node | null }[] };
  const w = window as unknown as { __cls: number; __shifts: { value: number; nodes: string[] }[] };
  w.__cls = 0;
  w.__shifts = [];
  const describe = (n?: Node | null): string => {
    if (!n) return '?';
    if (!(n instanceof Element)) return n.parentElement ? `${describe(n.parentElement)} (text)` : n.nodeName;
    return `${n.localName}${n.id ? `#${n.id}` : ''}${n.classList.length ? `.${[...n.classList].join('.')}` : ''}`;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as Shift[]) {
      if (e.hadRecentInput) continue;
      w.__cls += e.value;
      w.__shifts.push({ value: e.value, nodes: e.sources.map((s) => describe(s.node)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

/** Waits until the search page shows its answer (results or the no-results status). */
async function searchSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('#search-results li') || /Không có kết quả/.test(document.getElementById('search-status')?.textContent ?? ''),
    undefined,
    { timeout: SETTLE_TIMEOUT_MS },
  );
}

export interface PageLoad {
  records: ResponseRecord[];
  requests: string[];
  errors: string[];
  cls: number;
  clsSources: string[];
}

/** Loads one page in a fresh context and records everything it fetched until the network was idle. */
export async function loadPage(browser: Browser, url: string, opts: { search?: boolean } = {}): Promise<PageLoad> {
  const context = await browser.newContext();
  const log = new NetworkLog(context);
  try {
    const page = await context.newPage();
    await page.addInitScript(CLS_OBSERVER);
    await page.goto(url, { waitUntil: 'load' });
    if (opts.search) await searchSettled(page);
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.waitForTimeout(200);
    const { cls, shifts } = await page.evaluate(() => {
      const w = window as unknown as { __cls: number; __shifts: { value: number; nodes: string[] }[] };
      return { cls: w.__cls, shifts: w.__shifts };
    });
    const clsSources = shifts
      .sort((a, b) => b.value - a.value)
      .slice(0, 5)
      .map((s) => `${s.value.toFixed(3)} ${s.nodes.join(', ')}`);
    return { records: await log.responses(), requests: log.requests.map((r) => r.url()), errors: log.errors, cls, clsSources };
  } finally {
    await context.close();
  }
}

/** Page-type measurement: bytes by kind, request count, requests to other origins, errors, CLS. */
export async function measurePage(browser: Browser, origin: string, path: string, search: boolean) {
  const load = await loadPage(browser, origin + path, { search });
  const { byKind, total } = sumByKind(load.records);
  const externalRequests = load.requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
  return {
    requests: load.requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:')).length,
    html: byKind.html,
    css: byKind.css,
    js: byKind.js,
    font: byKind.font,
    image: byKind.image,
    pagefind: byKind.pagefind,
    other: { raw: byKind.data.raw + byKind.other.raw, gzip: byKind.data.gzip + byKind.other.gzip, count: byKind.data.count + byKind.other.count },
    total,
    externalRequests,
    errors: load.errors,
    cls: Math.round(load.cls * 1e6) / 1e6,
    clsSources: load.clsSources,
    records: load.records,
  };
}

/** pagefind/* bytes each query downloads on a fresh page (empty cache): /tim-kiem/?q=… until results show. */
export async function measureQueryBytes(browser: Browser, origin: string, queries: readonly string[]): Promise<QueryBytes> {
  const perQuery: QueryBytes['perQuery'] = [];
  for (const query of queries) {
    const load = await loadPage(browser, `${origin}/tim-kiem/?q=${encodeURIComponent(query)}`, { search: true });
    const pf = load.records.filter((r) => new URL(r.url).pathname.startsWith('/pagefind/'));
    const queryOnly = pf.filter((r) => ['fragment', 'index'].includes(pagefindKind(new URL(r.url).pathname)));
    perQuery.push({ query, bytes: pf.reduce((n, r) => n + r.gzip, 0), queryOnlyBytes: queryOnly.reduce((n, r) => n + r.gzip, 0), requests: pf.length });
  }
  return {
    total: summarize(perQuery.map((q) => q.bytes)),
    queryOnly: summarize(perQuery.map((q) => q.queryOnlyBytes)),
    requests: summarize(perQuery.map((q) => q.requests)),
    perQuery,
  };
}

// In the page: the time of the last input event, and of the search's start (run() calls
// history.replaceState first thing, after the debounce).
const LATENCY_PROBES = () => {
  const w = window as unknown as { __inputAt: number; __runAt: number };
  document.addEventListener(
    'input',
    () => {
      w.__inputAt = performance.now();
    },
    true,
  );
  const replace = history.replaceState.bind(history);
  history.replaceState = (...args: Parameters<History['replaceState']>) => {
    w.__runAt = performance.now();
    return replace(...args);
  };
};

/**
 * Warm search latency: one /tim-kiem/ page, Pagefind initialised by a first query, then for each
 * query: clear the box, wait, fill it (one input event, as the last keystroke of a typed query) and
 * time the first answer in #search-results: inserted into the DOM, and painted (the task after the
 * next animation frame).
 */
export async function measureLatency(browser: Browser, origin: string, queries: readonly string[]): Promise<Latency> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(LATENCY_PROBES);
    await page.goto(`${origin}/tim-kiem/`, { waitUntil: 'load' });
    const input = page.locator('#search-q');
    await input.fill('chuyển đổi số'); // warm-up: loads and initialises Pagefind
    await searchSettled(page);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const perQuery: Latency['perQuery'] = [];
    for (const query of queries) {
      await input.fill('');
      await page.waitForFunction(() => !document.querySelector('#search-results li') && !document.getElementById('search-status')?.textContent);
      await page.waitForTimeout(150); // let the clearing run and any timer finish
      await page.evaluate(() => {
        const w = window as unknown as { __inputAt: number; __runAt: number; __answer: Promise<{ dom: number; paint: number; results: number }> };
        w.__inputAt = 0;
        w.__runAt = 0;
        const list = document.getElementById('search-results')!;
        const status = document.getElementById('search-status')!;
        w.__answer = new Promise((resolve) => {
          const obs = new MutationObserver(() => {
            const results = list.children.length;
            if (!results && !status.textContent) return;
            const dom = performance.now();
            obs.disconnect();
            requestAnimationFrame(() => {
              const ch = new MessageChannel();
              ch.port1.onmessage = () => resolve({ dom, paint: performance.now(), results });
              ch.port2.postMessage(0);
            });
          });
          obs.observe(list, { childList: true });
          obs.observe(status, { childList: true, characterData: true, subtree: true });
        });
      });
      await input.fill(query);
      const t = await page.evaluate(async () => {
        const w = window as unknown as { __inputAt: number; __runAt: number; __answer: Promise<{ dom: number; paint: number; results: number }> };
        const a = await w.__answer;
        return { ...a, input: w.__inputAt, run: w.__runAt };
      });
      if (!t.input || !t.run) throw new Error(`latency probe for "${query}" did not see the input or the search start`);
      const r = (x: number) => Math.round(x * 10) / 10;
      perQuery.push({ query, results: t.results, withDebounceMs: r(t.paint - t.input), withoutDebounceMs: r(t.paint - t.run), toDomMs: r(t.dom - t.input) });
    }
    return {
      debounceMs: SEARCH_DEBOUNCE_MS,
      budgetUses: 'withDebounce',
      withDebounce: summarize(perQuery.map((q) => q.withDebounceMs)),
      withoutDebounce: summarize(perQuery.map((q) => q.withoutDebounceMs)),
      toDom: summarize(perQuery.map((q) => q.toDomMs)),
      perQuery,
    };
  } finally {
    await context.close();
  }
}
