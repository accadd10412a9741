/**
 * Lighthouse runs for the bench and `check:lighthouse` (issue #12): one Chromium (CHROME_PATH,
 * default /usr/bin/chromium) launched by chrome-launcher, the Lighthouse Node API, mobile profile
 * and default (simulated) throttling. Returns scores, CLS, JS transfer and, for every category
 * below 100, the failing audits with the elements they name.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_FLAGS } from './browser.ts';
import type { FailedAudit, LighthouseResult } from '../lib/bench/report-schema.ts';

export const ALL_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof ALL_CATEGORIES)[number];

// Minimal view of the parts of an LHR we read (the full type lives in lighthouse/types).
interface LhAuditRef {
  id: string;
  weight: number;
}
interface LhDetailsItem {
  [k: string]: unknown;
}
interface LhAudit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  numericValue?: number;
  displayValue?: string;
  explanation?: string;
  details?: { type?: string; items?: LhDetailsItem[] };
}
interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: LhAuditRef[] }>;
  audits: Record<string, LhAudit>;
  runWarnings?: string[];
  runtimeError?: { message: string };
}

/** What one failing audit item names: the element (selector and snippet) or the URL / text it is about. */
function describeItem(item: LhDetailsItem): string {
  const node = (item.node ?? item) as { selector?: string; snippet?: string; nodeLabel?: string; type?: string };
  if (node && node.type === 'node') return [node.selector, node.snippet].filter(Boolean).join(' ');
  const parts: string[] = [];
  for (const key of ['source', 'url', 'description', 'label', 'text']) {
    const v = item[key];
    if (typeof v === 'string') parts.push(v);
    else if (v && typeof v === 'object' && 'url' in v) parts.push(String((v as { url: unknown }).url));
  }
  if (Array.isArray(item.subItems)) parts.push(describeItem({ ...(item.subItems as LhDetailsItem[])[0] }));
  const sub = item.subItems as { items?: LhDetailsItem[] } | undefined;
  if (sub?.items?.length) parts.push(...sub.items.slice(0, 3).map(describeItem));
  return parts.join(' — ') || JSON.stringify(item).slice(0, 200);
}

/** The elements that moved (layout-shifts audit): share of CLS, selector, and the cause Lighthouse names (web fonts, injected content). */
function layoutShifts(lhr: Lhr): string[] {
  const items = (lhr.audits['layout-shifts']?.details?.items ?? []) as {
    score?: number;
    node?: { selector?: string };
    subItems?: { items?: { extra?: { type?: string; value?: string }; cause?: string }[] };
  }[];
  return items.slice(0, 8).map((i) => {
    const causes = (i.subItems?.items ?? []).map((s) => s.cause ?? (s.extra?.type === 'url' ? String(s.extra.value).split('/').pop() : null)).filter(Boolean);
    return `${(i.score ?? 0).toFixed(3)} ${i.node?.selector ?? '?'}${causes.length ? ` (cause: ${[...new Set(causes)].join(', ')})` : ''}`;
  });
}

export function summarise(lhr: Lhr, categories: readonly Category[]): LighthouseResult {
  const score = (c: Category) => (categories.includes(c) && lhr.categories[c]?.score != null ? Math.round(lhr.categories[c].score! * 100) : null);
  const failedAudits: FailedAudit[] = [];
  for (const c of categories) {
    const cat = lhr.categories[c];
    if (!cat || cat.score === 1) continue;
    for (const ref of cat.auditRefs) {
      const a = lhr.audits[ref.id];
      if (
        !a ||
        ref.weight === 0 ||
        a.score === null ||
        a.score >= 1 ||
        a.scoreDisplayMode === 'informative' ||
        a.scoreDisplayMode === 'notApplicable' ||
        a.scoreDisplayMode === 'manual'
      )
        continue;
      failedAudits.push({
        category: c,
        id: a.id,
        title: a.title,
        score: a.score,
        displayValue: a.displayValue ?? a.explanation ?? null,
        items:
          a.id === 'cumulative-layout-shift'
            ? layoutShifts(lhr)
            : a.details?.type === 'debugdata'
              ? []
              : (a.details?.items ?? []).slice(0, 8).map(describeItem),
      });
    }
  }
  const summary = lhr.audits['resource-summary']?.details?.items as { resourceType: string; transferSize: number; requestCount: number }[] | undefined;
  const cls = lhr.audits['cumulative-layout-shift']?.numericValue;
  const performance = score('performance');
  const metric = (id: string) => (performance === null ? null : Math.round(lhr.audits[id]?.numericValue ?? NaN) || null);
  return {
    performance,
    performanceRuns: performance === null ? [] : [performance],
    fcpMs: metric('first-contentful-paint'),
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: performance === null ? null : Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    cls: cls ?? null,
    layoutShifts: cls ? layoutShifts(lhr) : [],
    jsTransferBytes: summary?.find((r) => r.resourceType === 'script')?.transferSize ?? null,
    totalTransferBytes: summary?.find((r) => r.resourceType === 'total')?.transferSize ?? null,
    thirdPartyRequests: summary?.find((r) => r.resourceType === 'third-party')?.requestCount ?? null,
    failedAudits,
    warnings: lhr.runWarnings ?? [],
  };
}

/** Runs Lighthouse on each URL in turn in one browser; `onResult` sees each result as it comes. */
export async function runLighthouse(
  urls: string[],
  categories: readonly Category[],
  onResult?: (url: string, r: LighthouseResult) => void,
): Promise<Map<string, LighthouseResult>> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: [...CHROMIUM_FLAGS, '--headless'],
    logLevel: 'silent',
  });
  const out = new Map<string, LighthouseResult>();
  try {
    for (const url of urls) {
      const run = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      if (!run) throw new Error(`lighthouse returned nothing for ${url}`);
      const lhr = run.lhr as unknown as Lhr;
      if (lhr.runtimeError) throw new Error(`lighthouse ${url}: ${lhr.runtimeError.message}`);
      const r = summarise(lhr, categories);
      out.set(url, r);
      onResult?.(url, r);
    }
  } finally {
    chrome.kill();
  }
  return out;
}
