/**
 * `npm run bench` (issue #12, items 1 and 3): build time, page weight per page type, Pagefind index
 * size and query download, search latency and Lighthouse scores, checked against the budgets.
 * Writes reports/bench.json (shape: tools/lib/bench/report-schema.ts), prints a table, exits 1 when an
 * enforced budget fails.
 *
 *   --dist <dir>        built site to measure (default dist)
 *   --no-build          measure the existing dist instead of building it
 *   --skip-lighthouse   no Lighthouse runs (their budgets are reported as skipped)
 *   --lighthouse-runs <n>  Lighthouse performance runs per page, median reported (default 3; the
 *                       first run also scores accessibility, best practices and SEO)
 *   --label <name>      name of this run in the report (default: git commit)
 *   --corpus scale      also build and measure the synthetic corpus (tools/generate-scale-corpus.ts
 *                       --out .scale; CDS_CONTENT_ROOT=.scale CDS_OUT_DIR=.scale/dist) as a second section
 *   --out <file>        report file (default reports/bench.json)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { serveDist } from './bench/server.ts';
import { launchBrowser, measureLatency, measurePage, measureQueryBytes } from './bench/measure.ts';
import { runLighthouse, ALL_CATEGORIES } from './bench/lighthouse.ts';
import { pageTargets } from './bench/pages.ts';
import { corpusInfo, searchIndexSizes, staticPage } from './bench/dist.ts';
import { timedBuild } from './bench/build.ts';
import { BENCH_QUERIES } from './lib/bench/queries.ts';
import { evaluateBudgets, failedBudgets } from './lib/bench/evaluate-budgets.ts';
import { renderReport } from './lib/bench/report-text.ts';
import { combineLighthouseRuns } from './lib/bench/lighthouse-runs.ts';
import { benchReportSchema, type BenchReport, type LighthouseResult, type PageReport, type ScaleSection } from './lib/bench/report-schema.ts';

const { values: opts } = parseArgs({
  allowNegative: true,
  options: {
    dist: { type: 'string', default: 'dist' },
    build: { type: 'boolean', default: true },
    'skip-lighthouse': { type: 'boolean', default: false },
    'lighthouse-runs': { type: 'string', default: '3' },
    label: { type: 'string' },
    corpus: { type: 'string', default: 'real' },
    out: { type: 'string', default: 'reports/bench.json' },
  },
});
const dist = opts.dist!;
const lighthouseRuns = Number(opts['lighthouse-runs']);
if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 1) fail(`--lighthouse-runs must be a whole number ≥ 1, not "${opts['lighthouse-runs']}"`);
const corpus = opts.corpus as 'real' | 'scale';
const SCALE_GENERATOR = 'tools/generate-scale-corpus.ts';
const SCALE_ROOT = '.scale';
const SCALE_DIST = `${SCALE_ROOT}/dist`;

if (corpus !== 'real' && corpus !== 'scale') fail(`--corpus must be "real" or "scale", not "${corpus}"`);
// The scale corpus needs its generator (another branch adds it); without it, only an existing
// .scale/dist can be measured with --no-build.
if (corpus === 'scale' && !existsSync(SCALE_GENERATOR) && (opts.build || !existsSync(`${SCALE_DIST}/index.html`))) {
  fail(
    `scale corpus generator not found: ${SCALE_GENERATOR}. Run \`npm run bench -- --corpus scale\` where the scale-corpus work is merged: it runs \`node ${SCALE_GENERATOR} --out ${SCALE_ROOT}\`, then builds with CDS_CONTENT_ROOT=${SCALE_ROOT} CDS_OUT_DIR=${SCALE_DIST}. With --no-build, an existing ${SCALE_DIST} is measured as is.`,
  );
}

function fail(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(2);
}
const step = (s: string) => console.error(`· ${s}`);
const git = (...args: string[]) => {
  try {
    return execFileSync('git', args, { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
};

const started = performance.now();
const commit = git('rev-parse', '--short', 'HEAD');
const dirty = Boolean(git('status', '--porcelain', '--untracked-files=no'));
const commitLabel = commit && `${commit}${dirty ? '-dirty' : ''}`;

let build: BenchReport['build'] = null;
if (opts.build) {
  step(`building ${dist} (astro build, then scripts/build-search.ts)…`);
  build = await timedBuild(dist);
}

/** Search-side measurements shared by the real and the scale corpus. */
async function measureSearch(browser: Browser, origin: string) {
  step(`query download: ${BENCH_QUERIES.length} queries, fresh page each…`);
  const queryBytes = await measureQueryBytes(browser, origin, BENCH_QUERIES);
  step(`search latency: ${BENCH_QUERIES.length} queries, warm…`);
  const latency = await measureLatency(browser, origin, BENCH_QUERIES);
  return { queryBytes, latency };
}

const server = await serveDist(dist);
const browser = await launchBrowser();
let report: BenchReport;
try {
  const targets = pageTargets(dist);
  const pages: PageReport[] = [];
  step(`page weight: ${targets.length} page types in Chromium…`);
  for (const t of targets) {
    const { records: _records, ...measured } = await measurePage(browser, server.origin, t.path, t.type === 'search');
    const st = staticPage(dist, t.path);
    const notes: string[] = [];
    for (const k of ['html', 'css', 'js'] as const) {
      if (measured[k].raw !== st[k].raw) notes.push(`${k}: measured ${measured[k].raw} B in ${measured[k].count}, dist ${st[k].raw} B in ${st[k].count}`);
    }
    if (st.external.length) notes.push(`HTML references other hosts: ${st.external.join(', ')}`);
    const { external: _external, ...statics } = st;
    pages.push({ type: t.type, path: t.path, measured, static: { ...statics, matches: notes.length === 0, notes }, lighthouse: null });
  }
  const { queryBytes, latency } = await measureSearch(browser, server.origin);

  if (!opts['skip-lighthouse']) {
    const urls = pages.map((p) => server.origin + p.path);
    const runs = new Map<string, LighthouseResult[]>(urls.map((u) => [u, []]));
    for (let i = 0; i < lighthouseRuns; i++) {
      const categories = i === 0 ? ALL_CATEGORIES : (['performance'] as const);
      step(`Lighthouse run ${i + 1}/${lighthouseRuns} (mobile, default throttling; ${categories.join(', ')}): ${pages.length} pages…`);
      await runLighthouse(urls, categories, (url, r) => {
        runs.get(url)!.push(r);
        console.error(
          `  ${url.slice(server.origin.length)}  perf ${r.performance}${i === 0 ? ` · a11y ${r.accessibility} · BP ${r.bestPractices} · SEO ${r.seo}` : ''}`,
        );
      });
    }
    for (const p of pages) p.lighthouse = combineLighthouseRuns(runs.get(server.origin + p.path)!);
  }

  let scale: ScaleSection | null = null;
  const base = { corpus: corpusInfo(dist), searchIndex: searchIndexSizes(dist), queryBytes, latency };
  if (corpus === 'scale') scale = await measureScale(browser, base);

  const partial = {
    schemaVersion: 1 as const,
    label: opts.label ?? commitLabel ?? 'unlabelled',
    createdAt: new Date().toISOString(),
    environment: {
      node: process.version,
      chromium: `Chromium ${browser.version()}`,
      lighthouse: opts['skip-lighthouse'] ? null : (JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')) as { version: string }).version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
      commit: commitLabel,
    },
    options: { dist, build: Boolean(opts.build), lighthouse: !opts['skip-lighthouse'], lighthouseRuns: opts['skip-lighthouse'] ? 0 : lighthouseRuns, corpus },
    build,
    ...base,
    pages,
    scale,
  };
  report = benchReportSchema.parse({ ...partial, budgets: evaluateBudgets(partial), benchMs: Math.round(performance.now() - started) });
} finally {
  await browser.close();
  await server.close();
}

/** --corpus scale: generate (if needed), build and measure the synthetic corpus' search. */
async function measureScale(browser: Browser, base: Pick<BenchReport, 'corpus' | 'searchIndex' | 'queryBytes' | 'latency'>): Promise<ScaleSection> {
  const env = { CDS_CONTENT_ROOT: SCALE_ROOT, CDS_OUT_DIR: SCALE_DIST };
  let scaleBuild: ScaleSection['build'] = null;
  if (opts.build) {
    step(`scale corpus: node ${SCALE_GENERATOR} --out ${SCALE_ROOT}…`);
    const gen = spawnSync(process.execPath, [SCALE_GENERATOR, '--out', SCALE_ROOT], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (gen.status !== 0) fail(`${SCALE_GENERATOR} failed:\n${gen.stdout}${gen.stderr}`);
    step(`scale corpus: building ${SCALE_DIST} (CDS_CONTENT_ROOT=${SCALE_ROOT} CDS_OUT_DIR=${SCALE_DIST})…`);
    scaleBuild = await timedBuild(SCALE_DIST, env);
  }
  const scaleServer = await serveDist(SCALE_DIST);
  try {
    const c = corpusInfo(SCALE_DIST);
    const idx = searchIndexSizes(SCALE_DIST);
    const { queryBytes, latency } = await measureSearch(browser, scaleServer.origin);
    const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 100) / 100 : 0);
    return {
      contentRoot: SCALE_ROOT,
      dist: SCALE_DIST,
      corpus: c,
      build: scaleBuild,
      searchIndex: idx,
      queryBytes,
      latency,
      growth: {
        documents: ratio(c.documents, base.corpus.documents),
        buildMs: scaleBuild && build ? ratio(scaleBuild.totalMs, build.totalMs) : null,
        indexBytes: ratio(idx.totalBytes, base.searchIndex.totalBytes),
        queryBytesMedian: ratio(queryBytes.total.median, base.queryBytes.total.median),
        latencyMedian: ratio(latency.withDebounce.median, base.latency.withDebounce.median),
      },
    };
  } finally {
    await scaleServer.close();
  }
}

mkdirSync(dirname(opts.out!), { recursive: true });
writeFileSync(opts.out!, `${JSON.stringify(report, null, 2)}\n`);
console.log(renderReport(report));
const failed = failedBudgets(report.budgets);
console.log(`\nreport: ${opts.out} · bench took ${Math.round(report.benchMs / 1000)} s`);
if (failed.length) {
  console.error(`\nbench: ${failed.length} budget(s) failed:`);
  for (const b of failed) console.error(`  ✗ ${b.label}: ${b.measured} (limit ${b.limit}) — ${b.detail}`);
  process.exit(1);
}
console.log('bench: every enforced budget passes');
