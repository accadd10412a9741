/**
 * Performance budgets of issue #12 item 3, evaluated on a bench report. Each budget is checked on
 * every page type it applies to and reports its worst value; a budget that was not measured in this
 * run (e.g. Lighthouse with --skip-lighthouse) is "skipped", never "pass".
 */
import type { BenchReport, BudgetResult, Latency, PageReport } from './report-schema.ts';
import { formatKB, formatMs } from './report-text.ts';
import { BUDGETS, type Budgets } from '../budgets.ts';

/** 1 KB = 1024 bytes, as Lighthouse and DevTools count. */
export const KB = 1024;

/** The budgets themselves live in tools/lib/budgets.ts, shared with the CI checks. */
export { BUDGETS };

export type BudgetInput = Pick<BenchReport, 'pages' | 'latency'> & { queryBytes?: BenchReport['queryBytes']; scale?: BenchReport['scale'] };

type ScoreKey = 'accessibility' | 'bestPractices' | 'seo' | 'performance';

function scoreBudget(pages: PageReport[], key: ScoreKey, label: string, min: number, exact: boolean): BudgetResult {
  const id = `lighthouse-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  const limit = exact ? `= ${min} on every page type` : `≥ ${min} on every page type`;
  const measured = pages.map((p) => ({ p, s: p.lighthouse?.[key] ?? null }));
  if (measured.some((m) => m.s === null))
    return { id, label, measured: null, limit, status: 'skipped', detail: 'Lighthouse not run (--skip-lighthouse)', enforced: exact };
  const worst = measured.reduce((a, b) => (b.s! < a.s! ? b : a));
  const failing = measured.filter((m) => m.s! < min);
  const detail = failing.length
    ? failing
        .map(
          (m) =>
            `${m.p.type} ${m.s}: ${
              m.p
                .lighthouse!.failedAudits.filter((a) => a.category === categoryOf(key))
                .map((a) => `${a.id}${a.items[0] ? ` (${a.items[0]})` : ''}`)
                .join('; ') || 'no single audit failed'
            }`,
        )
        .join(' | ')
    : `worst: ${worst.p.type}`;
  return { id, label, measured: String(worst.s), limit, status: failing.length ? 'fail' : 'pass', detail, enforced: exact };
}

const categoryOf = (key: ScoreKey) => (key === 'bestPractices' ? 'best-practices' : key);

/** `budgets` defaults to the project's; tests pass others so that each threshold is seen to apply to its own measure. */
export function evaluateBudgets(r: BudgetInput, budgets: Budgets = BUDGETS): BudgetResult[] {
  const { lighthouseEnforced } = budgets;
  const out: BudgetResult[] = [
    scoreBudget(r.pages, 'accessibility', 'Lighthouse accessibility', lighthouseEnforced.accessibility, true),
    scoreBudget(r.pages, 'bestPractices', 'Lighthouse best practices', lighthouseEnforced['best-practices'], true),
    scoreBudget(r.pages, 'seo', 'Lighthouse SEO', lighthouseEnforced.seo, true),
    scoreBudget(r.pages, 'performance', 'Lighthouse performance (mobile; reported, not enforced)', budgets.lighthousePerformance, false),
    fcpBudget(r.pages, budgets.firstContentfulPaintMs),
    fontBudget(r.pages, budgets.fontBytesPerPage),
  ];

  const jsPages = r.pages.filter((p) => p.type !== 'search');
  const jsWorst = jsPages.reduce<PageReport | null>((a, b) => (!a || b.measured.js.gzip > a.measured.js.gzip ? b : a), null);
  const jsOver = jsPages.filter((p) => p.measured.js.gzip > budgets.documentPageJsGzip);
  out.push({
    id: 'js-gzip',
    label: 'JS per page, gzip (every page type but search)',
    measured: jsWorst ? formatKB(jsWorst.measured.js.gzip) : null,
    limit: `≤ ${formatKB(budgets.documentPageJsGzip)}`,
    status: !jsWorst ? 'skipped' : jsOver.length ? 'fail' : 'pass',
    detail: jsOver.length
      ? jsOver.map((p) => `${p.type} ${formatKB(p.measured.js.gzip)}`).join(', ')
      : jsWorst
        ? `worst: ${jsWorst.type} (${jsWorst.measured.js.count} script(s))`
        : '',
    enforced: true,
  });

  // CLS: the larger of what the page saw (PerformanceObserver) and what Lighthouse measured.
  const cls = r.pages.map((p) => ({ p, v: Math.max(p.measured.cls, p.lighthouse?.cls ?? 0) }));
  const clsWorst = cls.reduce<(typeof cls)[number] | null>((a, b) => (!a || b.v > a.v ? b : a), null);
  const clsOver = cls.filter((c) => c.v > budgets.cls);
  out.push({
    id: 'cls',
    label: 'Cumulative layout shift (browser and Lighthouse)',
    measured: clsWorst ? clsWorst.v.toFixed(4) : null,
    limit: `${budgets.cls} (no layout shift)`,
    status: !clsWorst ? 'skipped' : clsOver.length ? 'fail' : 'pass',
    detail: clsOver.length
      ? clsOver
          .map((c) => `${c.p.type} ${c.v.toFixed(4)} (page ${c.p.measured.cls.toFixed(4)}, Lighthouse ${c.p.lighthouse?.cls?.toFixed(4) ?? 'n/a'})`)
          .join(', ')
      : 'no page shifted',
    enforced: true,
  });

  const external = r.pages.flatMap((p) => p.measured.externalRequests.map((u) => `${p.type}: ${u}`));
  out.push({
    id: 'no-external-requests',
    label: 'Requests to other hosts than the site',
    measured: String(external.length),
    limit: '0',
    status: external.length ? 'fail' : 'pass',
    detail: external.length ? external.slice(0, 5).join(', ') : `${r.pages.reduce((n, p) => n + p.measured.requests, 0)} requests, all to the site`,
    enforced: true,
  });

  out.push(
    latencyBudget(
      'search-first-results',
      'Search, keystroke to first results painted (median, debounce included)',
      r.latency,
      budgets.searchFirstResultsMs,
      `; from the search's start (after any debounce wait): median ${r.latency.withoutDebounce.median} ms`,
    ),
  );

  if (r.queryBytes)
    out.push(queryBytesBudget('query-bytes', 'Search, bytes a typical query downloads (median; index chunks + fragments)', r.queryBytes, budgets.queryBytes));
  if (r.scale?.queryBytes && r.scale.latency) {
    out.push(
      queryBytesBudget(
        'scale-query-bytes',
        `Scale corpus: bytes a typical query downloads (median; index chunks + fragments)`,
        r.scale.queryBytes,
        budgets.scaleQueryBytes,
      ),
    );
    out.push(
      latencyBudget(
        'scale-search-first-results',
        'Scale corpus: keystroke to first results painted (median, debounce included)',
        r.scale.latency,
        budgets.scaleSearchFirstResultsMs,
      ),
    );
  }

  // Only with --corpus scale: the synthetic ~300-document build must stay under 3 minutes.
  if (r.scale?.build) {
    const ms = r.scale.build.totalMs;
    out.push({
      id: 'scale-build',
      label: `Scale corpus build (${r.scale.corpus.documents} documents, Astro + Pagefind)`,
      measured: `${Math.round(ms / 100) / 10} s`,
      limit: `< ${budgets.scaleBuildMs / 1000} s`,
      status: ms < budgets.scaleBuildMs ? 'pass' : 'fail',
      detail: `growth vs the real site: ${r.scale.growth.documents}× documents, ${r.scale.growth.buildMs ?? '–'}× build time`,
      enforced: true,
    });
  }
  return out;
}

function queryBytesBudget(id: string, label: string, q: NonNullable<BudgetInput['queryBytes']>, limit: number): BudgetResult {
  const worst = q.perQuery.reduce<(typeof q.perQuery)[number] | null>((a, b) => (!a || b.queryOnlyBytes > a.queryOnlyBytes ? b : a), null);
  return {
    id,
    label,
    measured: q.perQuery.length ? formatKB(q.queryOnly.median) : null,
    limit: `≤ ${formatKB(limit)}`,
    status: !q.perQuery.length ? 'skipped' : q.queryOnly.median <= limit ? 'pass' : 'fail',
    detail: worst
      ? `p90 ${formatKB(q.queryOnly.p90)}, largest “${worst.query}” ${formatKB(worst.queryOnlyBytes)}; with the Pagefind runtime: median ${formatKB(q.total.median)}`
      : 'not measured',
    enforced: true,
  };
}

/** Keystroke to first results (median, debounce included) against `limitMs`; `more` adds to the detail. */
function latencyBudget(id: string, label: string, latency: Latency, limitMs: number, more = ''): BudgetResult {
  const lat = latency.withDebounce;
  return {
    id,
    label,
    measured: lat.n ? `${lat.median} ms` : null,
    limit: `≤ ${limitMs} ms`,
    status: !lat.n ? 'skipped' : lat.median <= limitMs ? 'pass' : 'fail',
    detail: lat.n ? `p90 ${lat.p90} ms, max ${lat.max} ms over ${lat.n} queries${more}` : 'not measured',
    enforced: true,
  };
}

/** First contentful paint of the median Lighthouse run on each page type: reported (simulated throttling replays a noisy load). */
function fcpBudget(pages: PageReport[], limitMs: number): BudgetResult {
  const base = {
    id: 'first-contentful-paint',
    label: 'First contentful paint (Lighthouse mobile; reported, not enforced)',
    limit: `≤ ${formatMs(limitMs)} on every page type`,
    enforced: false,
  };
  const measured = pages.map((p) => ({ p, ms: p.lighthouse?.fcpMs ?? null }));
  if (!measured.length || measured.some((m) => m.ms === null)) return { ...base, measured: null, status: 'skipped', detail: 'Lighthouse performance not run' };
  const worst = measured.reduce((a, b) => (b.ms! > a.ms! ? b : a));
  const over = measured.filter((m) => m.ms! > limitMs);
  return {
    ...base,
    measured: formatMs(worst.ms!),
    status: over.length ? 'fail' : 'pass',
    detail: over.length ? over.map((m) => `${m.p.type} ${formatMs(m.ms!)}`).join(', ') : `worst: ${worst.p.type}`,
  };
}

/** Font bytes each page type loads (woff2 is compressed already: bytes as served). */
function fontBudget(pages: PageReport[], limit: number): BudgetResult {
  const base = { id: 'font-bytes', label: 'Fonts per page (bytes as served)', limit: `≤ ${formatKB(limit)} on every page type`, enforced: true };
  if (!pages.length) return { ...base, measured: null, status: 'skipped', detail: 'no page measured' };
  const worst = pages.reduce((a, b) => (b.measured.font.raw > a.measured.font.raw ? b : a));
  const over = pages.filter((p) => p.measured.font.raw > limit);
  return {
    ...base,
    measured: formatKB(worst.measured.font.raw),
    status: over.length ? 'fail' : 'pass',
    detail: over.length
      ? over.map((p) => `${p.type} ${formatKB(p.measured.font.raw)} in ${p.measured.font.count} file(s)`).join(', ')
      : `worst: ${worst.type} (${worst.measured.font.count} file(s))`,
  };
}

/** Budgets that fail the run: enforced and failed. */
export const failedBudgets = (budgets: BudgetResult[]): BudgetResult[] => budgets.filter((b) => b.enforced && b.status === 'fail');
