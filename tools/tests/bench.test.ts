import { describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDist } from '../bench/server.ts';
import { median, percentile, summarize } from '../lib/bench/stats.ts';
import { accountBody, gzipBytes, pagefindKind, pagefindSizes, resourceKind, sumByKind } from '../lib/bench/sizes.ts';
import { contentType, isCompressible, responseEncoding, route, type PathKind } from '../lib/bench/serve.ts';
import { cssFontUrls, htmlAssetRefs } from '../lib/bench/static-assets.ts';
import { parseAstroLog, parseDuration } from '../lib/bench/astro-log.ts';
import { BUDGETS, evaluateBudgets, failedBudgets, KB } from '../lib/bench/evaluate-budgets.ts';
import { formatKB, formatMs, formatTable, renderReport, truncate } from '../lib/bench/report-text.ts';
import { combineLighthouseRuns } from '../lib/bench/lighthouse-runs.ts';
import { benchReportSchema, type BenchReport, type LighthouseResult, type PageReport, type PageType } from '../lib/bench/report-schema.ts';

const bytes = (raw = 0, gzip = raw, count = raw ? 1 : 0) => ({ raw, gzip, count });
const stats = (median: number, p90 = median) => ({ n: 20, median, p90, min: median, max: p90 });

function lighthouse(over: Partial<LighthouseResult> = {}): LighthouseResult {
  return {
    performance: 100,
    performanceRuns: [100],
    fcpMs: 800,
    lcpMs: 900,
    tbtMs: 0,
    accessibility: 100,
    bestPractices: 100,
    seo: 100,
    cls: 0,
    layoutShifts: [],
    jsTransferBytes: 0,
    totalTransferBytes: 10_000,
    thirdPartyRequests: 0,
    failedAudits: [],
    warnings: [],
    ...over,
  };
}

function page(type: PageType, over: { js?: number; cls?: number; external?: string[]; lh?: LighthouseResult | null; font?: number } = {}): PageReport {
  return {
    type,
    path: type === 'home' ? '/' : `/${type}/`,
    measured: {
      requests: 5,
      html: bytes(4000, 1500),
      css: bytes(16000, 4000),
      js: bytes(over.js ?? 0, over.js ?? 0),
      font: bytes(over.font ?? 0, over.font ?? 0, over.font ? 2 : 0),
      image: bytes(),
      pagefind: bytes(),
      other: bytes(),
      total: bytes(20000, 5500, 5),
      externalRequests: over.external ?? [],
      errors: [],
      cls: over.cls ?? 0,
      clsSources: [],
    },
    static: { html: bytes(4000, 1500), css: bytes(16000, 4000), js: bytes(), fontsDeclared: 14, matches: true, notes: [] },
    lighthouse: over.lh === undefined ? lighthouse() : over.lh,
  };
}

const latency = (withDebounce: number) => ({
  debounceMs: 80,
  budgetUses: 'withDebounce' as const,
  withDebounce: stats(withDebounce, withDebounce + 40),
  withoutDebounce: stats(withDebounce - 80),
  toDom: stats(withDebounce - 5),
  perQuery: [],
});

const TYPES: PageType[] = ['home', 'document', 'locality', 'pillar', 'comparison', 'search'];

function report(pages = TYPES.map((t) => page(t)), lat = latency(80)): BenchReport {
  const partial = {
    schemaVersion: 1 as const,
    label: 'test',
    createdAt: '2026-01-01T00:00:00.000Z',
    environment: { node: 'v24.9.0', chromium: 'Chromium 156', lighthouse: '13.5.0', cpus: 2, cpuModel: 'cpu', commit: 'abc1234' },
    options: { dist: 'dist', build: true, lighthouse: true, lighthouseRuns: 3, corpus: 'real' as const },
    build: { totalMs: 9000, astroMs: 7800, searchMs: 1200, astroPhases: [{ name: 'types', ms: 700 }], pages: 149 },
    corpus: { documents: 5, htmlPages: 149, distBytes: 5_000_000 },
    pages,
    searchIndex: { totalBytes: 900_000, files: 274, byKind: { fragment: { files: 249, bytes: 200_000 }, index: { files: 6, bytes: 150_000 } } },
    queryBytes: {
      total: stats(160_000),
      queryOnly: stats(60_000),
      requests: stats(12),
      perQuery: [{ query: 'q', bytes: 160_000, queryOnlyBytes: 60_000, requests: 12 }],
    },
    latency: lat,
    scale: null,
    benchMs: 100_000,
  };
  return { ...partial, budgets: evaluateBudgets(partial) };
}

describe('bench statistics', () => {
  it('takes the middle value as the median of an odd sample and the mean of the two middle values of an even one', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('interpolates percentiles linearly between ranks, as numpy does', () => {
    const oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(oneToTen, 90)).toBeCloseTo(9.1);
    expect(percentile(oneToTen, 0)).toBe(1);
    expect(percentile(oneToTen, 100)).toBe(10);
  });
  it('gives NaN for an empty sample and refuses a percentile outside 0–100', () => {
    expect(median([])).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
  it('summarizes a sample with n, median, p90, min and max rounded to a tenth', () => {
    expect(summarize([10, 20, 30.04])).toEqual({ n: 3, median: 20, p90: 28, min: 10, max: 30 });
    expect(summarize([])).toMatchObject({ n: 0, median: 0 });
  });
});

describe('bench byte accounting', () => {
  it('counts text gzip-compressed and already compressed formats at their raw size', () => {
    const text = Buffer.from('chuyển đổi số '.repeat(200));
    const css = accountBody(text, 'text/css; charset=utf-8');
    expect(css.raw).toBe(text.length);
    expect(css.gzip).toBeLessThan(text.length / 5);
    expect(gunzipSync(gzipBytes(text)).equals(text)).toBe(true);
    expect(accountBody(text, 'font/woff2')).toEqual({ raw: text.length, gzip: text.length });
    expect(accountBody(text, 'application/octet-stream').gzip).toBe(text.length);
  });
  it('classifies responses by path and content type, with everything under /pagefind/ as pagefind', () => {
    expect(resourceKind('/', 'text/html; charset=utf-8')).toBe('html');
    expect(resourceKind('/_astro/a.js', 'text/javascript')).toBe('js');
    expect(resourceKind('/pagefind/pagefind.js', 'text/javascript')).toBe('pagefind');
    expect(resourceKind('/_astro/inter.woff2', 'font/woff2')).toBe('font');
    expect(resourceKind('/favicon.svg', 'image/svg+xml')).toBe('image');
    expect(resourceKind('/data/targets.json', 'application/json')).toBe('data');
  });
  it('sums responses by kind and in total', () => {
    const { byKind, total } = sumByKind([
      { url: 'http://h/', contentType: 'text/html', raw: 100, gzip: 40 },
      { url: 'http://h/_astro/a.js', contentType: 'text/javascript', raw: 50, gzip: 20 },
      { url: 'http://h/_astro/b.js', contentType: 'text/javascript', raw: 30, gzip: 10 },
    ]);
    expect(byKind.js).toEqual({ raw: 80, gzip: 30, count: 2 });
    expect(total).toEqual({ raw: 180, gzip: 70, count: 3 });
  });
  it('sorts the Pagefind bundle into fragments, index chunks, filters, wasm, scripts and metadata', () => {
    expect(pagefindKind('fragment/vi_1.pf_fragment')).toBe('fragment');
    expect(pagefindKind('/pagefind/index/vi_2.pf_index')).toBe('index');
    expect(pagefindKind('filter/vi_3.pf_filter')).toBe('filter');
    expect(pagefindKind('wasm.unknown.pagefind')).toBe('wasm');
    expect(pagefindKind('pagefind-worker.js')).toBe('js');
    expect(pagefindKind('pagefind.vi_b14.pf_meta')).toBe('meta');
    expect(pagefindKind('pagefind-entry.json')).toBe('meta');
    const sizes = pagefindSizes([
      { rel: 'fragment/a.pf_fragment', bytes: 10 },
      { rel: 'fragment/b.pf_fragment', bytes: 5 },
      { rel: 'pagefind.js', bytes: 7 },
    ]);
    expect(sizes).toMatchObject({ totalBytes: 22, files: 3, byKind: { fragment: { files: 2, bytes: 15 }, js: { files: 1, bytes: 7 } } });
  });
});

describe('bench static server routing', () => {
  const tree: Record<string, PathKind> = {
    'index.html': 'file',
    'van-ban': 'dir',
    'van-ban/index.html': 'file',
    '404.html': 'file',
    'pagefind/pagefind.js': 'file',
    empty: 'dir',
  };
  const lookup = (rel: string): PathKind => tree[rel] ?? 'missing';
  it('answers a directory with its index.html', () => {
    expect(route('/', '', lookup)).toEqual({ kind: 'file', file: 'index.html', status: 200 });
    expect(route('/van-ban/', '?q=1', lookup)).toEqual({ kind: 'file', file: 'van-ban/index.html', status: 200 });
  });
  it('redirects a directory asked for without its trailing slash, keeping the query', () => {
    expect(route('/van-ban', '?q=x', lookup)).toEqual({ kind: 'redirect', location: '/van-ban/?q=x', status: 301 });
  });
  it('serves files as they are and answers misses with 404.html', () => {
    expect(route('/pagefind/pagefind.js', '', lookup)).toMatchObject({ kind: 'file', status: 200 });
    expect(route('/missing/', '', lookup)).toEqual({ kind: 'not-found', file: '404.html', status: 404 });
    expect(route('/empty/', '', lookup).status).toBe(404);
    expect(route('/pagefind/pagefind.js/', '', lookup).status).toBe(404);
  });
  it('never serves a path that climbs out of the directory or a dot-file', () => {
    expect(route('/../etc/passwd', '', lookup).status).toBe(404);
    expect(route('/.git/config', '', lookup).status).toBe(404);
  });
  it('gives wasm, fonts and text their content types and compresses only text', () => {
    expect(contentType('x/pagefind.wasm')).toBe('application/wasm');
    expect(contentType('a.woff2')).toBe('font/woff2');
    expect(contentType('index.html')).toBe('text/html; charset=utf-8');
    expect(contentType('fragment/vi_1.pf_fragment')).toBe('application/octet-stream');
    expect(isCompressible('text/css')).toBe(true);
    expect(isCompressible('image/svg+xml')).toBe(true);
    expect(isCompressible('font/woff2')).toBe(false);
    expect(isCompressible('application/wasm')).toBe(false);
  });
  it('sends text as Brotli when the browser accepts it, else gzip, and compressed formats as they are', () => {
    expect(responseEncoding('gzip, deflate, br, zstd', true)).toBe('br');
    expect(responseEncoding('gzip, deflate', true)).toBe('gzip');
    expect(responseEncoding('br;q=1.0, gzip;q=0.8', true)).toBe('br');
    expect(responseEncoding('', true)).toBeNull();
    expect(responseEncoding('gzip, br', false)).toBeNull();
  });
});

describe('bench static server', () => {
  it('answers like the deployed site: index.html, trailing-slash redirect, 404.html, Brotli or gzip for text only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cds-bench-'));
    mkdirSync(join(dir, 'tim-kiem'));
    writeFileSync(join(dir, 'index.html'), '<h1>Trang chủ</h1>'.repeat(50));
    writeFileSync(join(dir, 'tim-kiem/index.html'), '<h1>Tìm kiếm</h1>');
    writeFileSync(join(dir, '404.html'), '<h1>Không tìm thấy</h1>');
    writeFileSync(join(dir, 'x.wasm'), Buffer.from([0, 97, 115, 109]));
    const server = await serveDist(dir);
    try {
      const home = await fetch(`${server.origin}/`, { headers: { 'accept-encoding': 'gzip' } });
      expect(home.status).toBe(200);
      expect(home.headers.get('content-encoding')).toBe('gzip');
      expect(await home.text()).toContain('Trang chủ');
      const brotli = await fetch(`${server.origin}/`, { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
      expect(brotli.headers.get('content-encoding')).toBe('br');
      expect(await brotli.text()).toBe('<h1>Trang chủ</h1>'.repeat(50));
      const redirect = await fetch(`${server.origin}/tim-kiem?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i`, { redirect: 'manual' });
      expect(redirect.status).toBe(301);
      expect(redirect.headers.get('location')).toBe('/tim-kiem/?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i');
      const missing = await fetch(`${server.origin}/khong-co/`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain('Không tìm thấy');
      const wasm = await fetch(`${server.origin}/x.wasm`, { headers: { 'accept-encoding': 'gzip' } });
      expect(wasm.headers.get('content-type')).toBe('application/wasm');
      expect(wasm.headers.get('content-encoding')).toBeNull();
    } finally {
      await server.close();
    }
  });
});

describe('bench static asset reading', () => {
  it('finds the stylesheets, module scripts and preloads an HTML page loads', () => {
    const html =
      '<link rel="canonical" href="https://x/"><link rel="stylesheet" href="/_astro/Base.css"><script type="application/json" id="g">[]</script><script type="module" src="/_astro/page.js"></script><link rel=modulepreload href=/_astro/dep.js>';
    expect(htmlAssetRefs(html)).toEqual({ stylesheets: ['/_astro/Base.css'], scripts: ['/_astro/page.js'], modulePreloads: ['/_astro/dep.js'] });
  });
  it('lists the font files a stylesheet declares, once each', () => {
    expect(
      cssFontUrls('@font-face{src:url(/_astro/a.woff2) format("woff2")}@font-face{src:url("/_astro/a.woff2")}@font-face{src:url(/_astro/b.woff2)}'),
    ).toEqual(['/_astro/a.woff2', '/_astro/b.woff2']);
  });
});

describe("reading Astro's build log", () => {
  const esc = '\x1b[';
  const log = [
    `${esc}2m09:06:56${esc}22m ${esc}34m[types]${esc}39m Generated ${esc}2m629ms${esc}22m`,
    '09:06:56 [build] Collecting build info...',
    '09:06:56 [build] ✓ Completed in 888ms.',
    '09:06:56 [build] Building static entrypoints...',
    `09:06:57 ${esc}34m[vite]${esc}39m ${esc}32m✓ built in 576ms${esc}39m`,
    '09:06:57 [vite] ✓ built in 31ms',
    '09:06:57 [build] Rearranging server assets...',
    `${esc}42m${esc}30m generating static routes ${esc}39m${esc}49m`,
    '09:07:01   ├─ /index.html (+2ms)',
    '09:07:02 ✓ Completed in 4.77s.',
    '09:07:02 [build] ✓ Completed in 5.41s.',
    `09:07:02 [build] 149 page(s) built in ${esc}1m6.32s${esc}22m`,
  ].join('\n');
  it('reads durations in ms, s and minutes', () => {
    expect(parseDuration('629ms')).toBe(629);
    expect(parseDuration('4.77s')).toBe(4770);
    expect(parseDuration('1m 2s')).toBe(62_000);
    expect(parseDuration('soon')).toBeNull();
  });
  it('pairs each "Completed in" with the innermost open phase and reads the page count', () => {
    const { phases, pages } = parseAstroLog(log);
    expect(pages).toBe(149);
    expect(phases).toEqual([
      { name: 'types', ms: 629 },
      { name: 'collect build info', ms: 888 },
      { name: 'vite bundle 1', ms: 576 },
      { name: 'vite bundle 2', ms: 31 },
      { name: 'generate static routes', ms: 4770 },
      { name: 'static entrypoints (incl. pages)', ms: 5410 },
      { name: 'astro total (pages built)', ms: 6320 },
    ]);
  });
  it('ignores lines it does not understand', () => {
    expect(parseAstroLog('something else\n✓ Completed in 3s.')).toEqual({ phases: [], pages: null });
  });
});

describe('bench budgets', () => {
  it('passes every budget on a site that meets them all', () => {
    const budgets = report().budgets;
    expect(budgets.map((b) => [b.id, b.status])).toEqual([
      ['lighthouse-accessibility', 'pass'],
      ['lighthouse-best-practices', 'pass'],
      ['lighthouse-seo', 'pass'],
      ['lighthouse-performance', 'pass'],
      ['first-contentful-paint', 'pass'],
      ['font-bytes', 'pass'],
      ['js-gzip', 'pass'],
      ['cls', 'pass'],
      ['no-external-requests', 'pass'],
      ['search-first-results', 'pass'],
      ['query-bytes', 'pass'],
    ]);
    expect(failedBudgets(budgets)).toEqual([]);
  });
  it('a document page loading 52 KB of fonts fails the 50 KB font budget, naming the page type', () => {
    const b = evaluateBudgets(report(TYPES.map((t) => page(t, { font: t === 'document' ? 52 * 1024 : 46 * 1024 })))).find((x) => x.id === 'font-bytes')!;
    expect(b).toMatchObject({ status: 'fail', enforced: true, measured: '52.0 KB' });
    expect(b.detail).toContain('document 52.0 KB');
  });
  it('a first contentful paint over 1 s is reported as failing but does not fail the run', () => {
    const b = evaluateBudgets(report(TYPES.map((t) => page(t, t === 'search' ? { lh: lighthouse({ fcpMs: 1350 }) } : {})))).find(
      (x) => x.id === 'first-contentful-paint',
    )!;
    expect(b).toMatchObject({ status: 'fail', enforced: false, measured: '1.35 s' });
    expect(b.detail).toBe('search 1.35 s');
  });
  it('performance at 99 misses the budget of 100', () => {
    const b = evaluateBudgets(report(TYPES.map((t) => page(t, t === 'document' ? { lh: lighthouse({ performance: 99 }) } : {})))).find(
      (x) => x.id === 'lighthouse-performance',
    )!;
    expect(b.status).toBe('fail');
  });
  it('fails a Lighthouse score below 100 and names the page, the audit and the element', () => {
    const lh = lighthouse({
      accessibility: 97,
      failedAudits: [
        { category: 'accessibility', id: 'target-size', title: 'Touch targets', score: 0, displayValue: null, items: ['tr#x > th > a <a href="/du-lieu/#x">'] },
      ],
    });
    const b = evaluateBudgets(report(TYPES.map((t) => page(t, t === 'comparison' ? { lh } : {})))).find((x) => x.id === 'lighthouse-accessibility')!;
    expect(b).toMatchObject({ status: 'fail', measured: '97', enforced: true });
    expect(b.detail).toBe('comparison 97: target-size (tr#x > th > a <a href="/du-lieu/#x">)');
  });
  it('holds each enforced Lighthouse category to its own threshold', () => {
    const budgets = { ...BUDGETS, lighthouseEnforced: { accessibility: 100, 'best-practices': 90, seo: 95 } };
    const lh = lighthouse({ bestPractices: 92, seo: 92 });
    const status = (id: string) => evaluateBudgets(report(TYPES.map((t) => page(t, { lh }))), budgets).find((b) => b.id === id)!;
    expect(status('lighthouse-accessibility')).toMatchObject({ status: 'pass', limit: '= 100 on every page type' });
    expect(status('lighthouse-best-practices')).toMatchObject({ status: 'pass', limit: '= 90 on every page type' });
    expect(status('lighthouse-seo')).toMatchObject({ status: 'fail', limit: '= 95 on every page type', measured: '92' });
  });
  it('reports performance below 95 without failing the run', () => {
    const budgets = report(TYPES.map((t) => page(t, { lh: lighthouse({ performance: 80 }) }))).budgets;
    expect(budgets.find((b) => b.id === 'lighthouse-performance')).toMatchObject({ status: 'fail', enforced: false });
    expect(failedBudgets(budgets)).toEqual([]);
  });
  it('marks the Lighthouse budgets skipped, not passed, when Lighthouse did not run', () => {
    const budgets = report(TYPES.map((t) => page(t, { lh: null }))).budgets;
    expect(budgets.filter((b) => b.id.startsWith('lighthouse-')).map((b) => b.status)).toEqual(['skipped', 'skipped', 'skipped', 'skipped']);
  });
  it('holds every page but search to 15 KB of gzip JS', () => {
    const over = BUDGETS.documentPageJsGzip + 1;
    expect(evaluateBudgets(report(TYPES.map((t) => page(t, t === 'search' ? { js: 40 * KB } : {})))).find((b) => b.id === 'js-gzip')!.status).toBe('pass');
    const b = evaluateBudgets(report(TYPES.map((t) => page(t, t === 'document' ? { js: over } : {})))).find((x) => x.id === 'js-gzip')!;
    expect(b).toMatchObject({ status: 'fail', measured: formatKB(over) });
    expect(b.detail).toContain('document');
  });
  it('fails on any layout shift, seen by the page or by Lighthouse', () => {
    const byPage = evaluateBudgets(report(TYPES.map((t) => page(t, t === 'home' ? { cls: 0.01 } : {})))).find((b) => b.id === 'cls')!;
    expect(byPage).toMatchObject({ status: 'fail', measured: '0.0100' });
    const byLighthouse = evaluateBudgets(report(TYPES.map((t) => page(t, t === 'search' ? { lh: lighthouse({ cls: 0.2 }) } : {})))).find(
      (b) => b.id === 'cls',
    )!;
    expect(byLighthouse.detail).toContain('search 0.2000');
  });
  it('fails on a request to another host and lists it', () => {
    const b = evaluateBudgets(report(TYPES.map((t) => page(t, t === 'home' ? { external: ['https://fonts.example/a.woff2'] } : {})))).find(
      (x) => x.id === 'no-external-requests',
    )!;
    expect(b).toMatchObject({ status: 'fail', measured: '1', detail: 'home: https://fonts.example/a.woff2' });
  });
  it('judges search latency on the median including the debounce', () => {
    expect(report(undefined, latency(100)).budgets.find((b) => b.id === 'search-first-results')!.status).toBe('pass');
    expect(report(undefined, latency(101)).budgets.find((b) => b.id === 'search-first-results')!.status).toBe('fail');
  });
  it('judges what a typical query downloads on the median of index chunks and fragments', () => {
    const stats = (median: number) => ({ n: 2, median, p90: median, min: median, max: median });
    const bytes = (median: number) => ({
      total: stats(median + 100 * KB),
      queryOnly: stats(median),
      requests: stats(10),
      perQuery: [{ query: 'a', bytes: median + 100 * KB, queryOnlyBytes: median, requests: 10 }],
    });
    const status = (median: number) => evaluateBudgets({ ...report(), queryBytes: bytes(median) }).find((b) => b.id === 'query-bytes')!.status;
    expect(status(80 * KB)).toBe('pass');
    expect(status(80 * KB + 1)).toBe('fail');
  });
  it('holds the scale corpus build under three minutes, only when the scale corpus was built', () => {
    const base = report();
    expect(base.budgets.some((b) => b.id === 'scale-build')).toBe(false);
    const scale = (totalMs: number) =>
      ({ corpus: { documents: 315 }, build: { totalMs }, growth: { documents: 63, buildMs: 14 } }) as unknown as BenchReport['scale'];
    expect(evaluateBudgets({ ...base, scale: scale(143_000) }).find((b) => b.id === 'scale-build')!.status).toBe('pass');
    expect(evaluateBudgets({ ...base, scale: scale(181_000) }).find((b) => b.id === 'scale-build')).toMatchObject({ status: 'fail', measured: '181 s' });
  });
});

describe('combining Lighthouse runs', () => {
  const perfAudit = (v: string) => ({ category: 'performance', id: 'first-contentful-paint', title: 'FCP', score: 0.5, displayValue: v, items: [] });
  it("reports the median performance score with every run, and that run's performance audits", () => {
    const first = lighthouse({
      performance: 80,
      accessibility: 97,
      failedAudits: [perfAudit('3.5 s'), { category: 'accessibility', id: 'target-size', title: 't', score: 0, displayValue: null, items: [] }],
    });
    const second = lighthouse({ performance: 98, accessibility: null, bestPractices: null, seo: null, failedAudits: [], jsTransferBytes: 1 });
    const third = lighthouse({ performance: 90, accessibility: null, bestPractices: null, seo: null, failedAudits: [perfAudit('2.0 s')], jsTransferBytes: 2 });
    const c = combineLighthouseRuns([first, second, third]);
    expect(c).toMatchObject({ performance: 90, performanceRuns: [80, 98, 90], accessibility: 97, jsTransferBytes: 2 });
    expect(c.failedAudits.map((a) => `${a.id} ${a.displayValue ?? ''}`)).toEqual(['target-size ', 'first-contentful-paint 2.0 s']);
  });
  it('keeps the largest layout shift of all runs, with the elements that moved', () => {
    const c = combineLighthouseRuns([lighthouse({ cls: 0.01, layoutShifts: ['0.010 h1'] }), lighthouse({ cls: 0.2, layoutShifts: ['0.200 footer'] })]);
    expect(c).toMatchObject({ cls: 0.2, layoutShifts: ['0.200 footer'] });
  });
  it('refuses to combine no runs', () => {
    expect(() => combineLighthouseRuns([])).toThrow();
  });
});

describe('bench report formatting', () => {
  it('writes sizes in KB of 1024 bytes and times in ms or seconds', () => {
    expect(formatKB(512)).toBe('512 B');
    expect(formatKB(15 * 1024)).toBe('15.0 KB');
    expect(formatMs(840.4)).toBe('840 ms');
    expect(formatMs(8412)).toBe('8.41 s');
  });
  it('aligns table columns, text left and numbers right, counting Vietnamese letters as one character each', () => {
    expect(
      formatTable(
        ['trang', 'KB'],
        [
          ['tìm kiếm', 2],
          ['home', 120],
        ],
      ),
    ).toBe(['trang      KB', '────────  ───', 'tìm kiếm    2', 'home      120'].join('\n'));
  });
  it('cuts long text with an ellipsis', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 4)).toBe('abc');
  });
  it('prints the build, every page type and every budget', () => {
    const text = renderReport(report());
    expect(text).toContain('Build 9.00 s = astro build 7.80 s + Pagefind (build-search) 1.20 s');
    for (const t of TYPES) expect(text).toMatch(new RegExp(`^${t}\\s`, 'm'));
    expect(text).toContain('Search, keystroke to first results painted (median, debounce included)');
    expect(text).toContain('✓ pass');
  });
});

describe('bench report schema', () => {
  it('accepts a complete report', () => {
    expect(benchReportSchema.safeParse(report()).success).toBe(true);
  });
  it('rejects negative byte counts and unknown page types', () => {
    const r = report();
    expect(benchReportSchema.safeParse({ ...r, pages: [{ ...r.pages[0], measured: { ...r.pages[0].measured, html: bytes(-1) } }] }).success).toBe(false);
    expect(benchReportSchema.safeParse({ ...r, pages: [{ ...r.pages[0], type: 'blog' }] }).success).toBe(false);
  });
});
