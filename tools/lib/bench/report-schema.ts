/**
 * Shape of reports/bench.json (issue #12, items 1 and 3), written by `npm run bench`. Sizes are
 * bytes, times milliseconds. "gzip" means the body gzip'd at zlib's default level for text and the
 * raw size for formats already compressed (fonts, Pagefind's index files): see sizes.ts.
 */
import { z } from 'zod';

const count = z.number().int().nonnegative();
const ms = z.number().nonnegative();

/** Raw and gzip'd bytes and the number of responses, for one kind of resource or a total. */
export const bytesSchema = z.object({
  /** Decoded body bytes. */
  raw: count,
  /** Bytes over the wire with gzip. */
  gzip: count,
  /** Responses counted. */
  count,
});

/** Median, 90th percentile and range of a sample. */
export const statsSchema = z.object({
  n: count,
  median: z.number(),
  p90: z.number(),
  min: z.number(),
  max: z.number(),
});

/** One Lighthouse audit that lost points in a category, with the elements or URLs it names. */
export const failedAuditSchema = z.object({
  category: z.string(),
  /** Lighthouse audit id, e.g. "color-contrast", "canonical", "errors-in-console". */
  id: z.string(),
  title: z.string(),
  score: z.number(),
  /** Lighthouse's displayValue or explanation. */
  displayValue: z.string().nullable(),
  /** Up to 8 items: CSS selector and HTML snippet of each element, or the URL / message. */
  items: z.array(z.string()),
});
export type FailedAudit = z.infer<typeof failedAuditSchema>;

/** Lighthouse on one page (mobile profile, default simulated throttling); a category not run is null. */
export const lighthouseResultSchema = z.object({
  /** Median of `performanceRuns` (simulated throttling makes single runs noisy). */
  performance: z.number().nullable(),
  /** Performance score of each run, in run order. */
  performanceRuns: z.array(z.number()),
  accessibility: z.number().nullable(),
  bestPractices: z.number().nullable(),
  seo: z.number().nullable(),
  /** First contentful paint, largest contentful paint and total blocking time of the median run, ms (simulated mobile). */
  fcpMs: z.number().nullable().default(null),
  lcpMs: z.number().nullable().default(null),
  tbtMs: z.number().nullable().default(null),
  /** Cumulative layout shift as Lighthouse measured it (the largest over the runs). */
  cls: z.number().nullable(),
  /** Elements that moved in that run (layout-shifts audit): share of CLS, selector, cause (e.g. "Web font loaded"). */
  layoutShifts: z.array(z.string()),
  /** Transfer size of all scripts (resource-summary audit), only when performance is run. */
  jsTransferBytes: z.number().nullable(),
  /** Transfer size of everything the page loaded. */
  totalTransferBytes: z.number().nullable(),
  /** Requests Lighthouse classes as third party. */
  thirdPartyRequests: z.number().nullable(),
  /** Audits that cost points in a category below 100. */
  failedAudits: z.array(failedAuditSchema),
  /** Lighthouse run warnings (e.g. throttling or page-load notes). */
  warnings: z.array(z.string()),
});
export type LighthouseResult = z.infer<typeof lighthouseResultSchema>;

export const PAGE_TYPES = ['home', 'document', 'locality', 'pillar', 'comparison', 'search'] as const;
export const pageTypeSchema = z.enum(PAGE_TYPES);
export type PageType = z.infer<typeof pageTypeSchema>;

/** One page type as measured in Chromium and cross-checked from dist/. */
export const pageReportSchema = z.object({
  type: pageTypeSchema,
  /** Path and query loaded, e.g. "/tim-kiem/?q=chuyen+doi+so". */
  path: z.string(),
  /** Every response recorded in Chromium while the page loaded (until the network was idle; for search, until results showed). */
  measured: z.object({
    /** Requests made (responses and failures). */
    requests: count,
    html: bytesSchema,
    css: bytesSchema,
    /** The site's own scripts (Pagefind's pagefind.js is counted under pagefind). */
    js: bytesSchema,
    font: bytesSchema,
    image: bytesSchema,
    /** Everything under /pagefind/ (its JS, wasm, index chunks, fragments, filters). */
    pagefind: bytesSchema,
    /** JSON, CSV and anything else. */
    other: bytesSchema,
    total: bytesSchema,
    /** Requests to any origin but the site's (should be none). */
    externalRequests: z.array(z.string()),
    /** Failed requests and HTTP errors (status ≥ 400), as "status url". */
    errors: z.array(z.string()),
    /** Cumulative layout shift seen by a PerformanceObserver in the page (desktop viewport, no throttling). */
    cls: z.number(),
    /** The largest shifts seen: value and the elements that moved (tag#id.class). */
    clsSources: z.array(z.string()),
  }),
  /** The same page read from dist/: its HTML, linked stylesheets, and scripts with their static imports. */
  static: z.object({
    html: bytesSchema,
    css: bytesSchema,
    js: bytesSchema,
    /** Font files the stylesheets declare (the browser fetches only the subsets a page uses). */
    fontsDeclared: count,
    /** True when measured HTML, CSS and JS equal the static ones (search: the site's JS only). */
    matches: z.boolean(),
    /** What differs, when something does. */
    notes: z.array(z.string()),
  }),
  lighthouse: lighthouseResultSchema.nullable(),
});
export type PageReport = z.infer<typeof pageReportSchema>;

/** Pagefind bundle on disk (dist/pagefind/) by kind of file. */
export const searchIndexSchema = z.object({
  totalBytes: count,
  files: count,
  /** fragment: page and record excerpts; index: word index chunks; filter: filter values; wasm; js: Pagefind's scripts (pagefind.js and the unused UI bundles); meta: pf_meta and entry; css: UI styles. */
  byKind: z.record(z.string(), z.object({ files: count, bytes: count })),
});

/** Bytes from /pagefind/ that one query downloads on a fresh page (empty cache). */
export const queryBytesSchema = z.object({
  /** All pagefind/* bytes: runtime (pagefind.js, wasm, meta, filters) plus the query's index chunks and fragments. */
  total: statsSchema,
  /** Index chunks and fragments only: what the query itself costs once Pagefind is loaded. */
  queryOnly: statsSchema,
  /** Requests to /pagefind/ per query. */
  requests: statsSchema,
  perQuery: z.array(z.object({ query: z.string(), bytes: count, queryOnlyBytes: count, requests: count })),
});

/** Search latency on /tim-kiem/, warm (Pagefind initialised by a first query). */
export const latencySchema = z.object({
  /** Input debounce of src/scripts/search.ts. */
  debounceMs: ms,
  /** Which series the budget uses. */
  budgetUses: z.literal('withDebounce'),
  /** From the input event (the keystroke) to the first results in #search-results, painted (next animation frame). */
  withDebounce: statsSchema,
  /** From the start of the search (after the debounce wait, which a keystroke after a pause skips) to the same point. */
  withoutDebounce: statsSchema,
  /** From the keystroke to the results inserted into the DOM (before the frame). */
  toDom: statsSchema,
  perQuery: z.array(z.object({ query: z.string(), results: count, withDebounceMs: ms, withoutDebounceMs: ms, toDomMs: ms })),
});

/** One Astro phase as Astro's own log times it. */
export const phaseSchema = z.object({ name: z.string(), ms });

/** Build times: wall clock of each child process, plus Astro's own phase timings. */
export const buildSchema = z.object({
  /** astro build + build-search, wall clock. */
  totalMs: ms,
  /** `astro build` process, wall clock (start-up, content checks and sync included). */
  astroMs: ms,
  /** `node scripts/build-search.ts` process, wall clock. */
  searchMs: ms,
  /** Phases parsed from Astro's output (types, build info, static entrypoints, vite bundles, static routes, pages). */
  astroPhases: z.array(phaseSchema),
  /** Pages Astro reports building. */
  pages: count.nullable(),
});

/** Size of the corpus a run measured. */
export const corpusSchema = z.object({
  /** Restored documents (pages under /van-ban/<slug>/ with their own index.html). */
  documents: count,
  /** HTML pages in dist. */
  htmlPages: count,
  /** Bytes of dist on disk. */
  distBytes: count,
});

/** One budget of issue #12 item 3 with what was measured. */
export const budgetResultSchema = z.object({
  id: z.string(),
  /** What the budget says, in words. */
  label: z.string(),
  /** The worst value measured, formatted with its unit; null when not measured. */
  measured: z.string().nullable(),
  /** The limit, formatted. */
  limit: z.string(),
  /** pass, fail, or skipped (not measured in this run, e.g. --skip-lighthouse). */
  status: z.enum(['pass', 'fail', 'skipped']),
  /** Which page or item fails and why. */
  detail: z.string(),
  /** Whether a failure makes `npm run bench` exit non-zero (performance is reported only). */
  enforced: z.boolean(),
});
export type BudgetResult = z.infer<typeof budgetResultSchema>;

/** The search-side measurements repeated on a larger corpus (growth with the number of documents). */
export const scaleSectionSchema = z.object({
  /** Content root of the synthetic corpus (CDS_CONTENT_ROOT). */
  contentRoot: z.string(),
  dist: z.string(),
  corpus: corpusSchema,
  build: buildSchema.nullable(),
  searchIndex: searchIndexSchema,
  queryBytes: queryBytesSchema,
  latency: latencySchema,
  /** Scale value divided by base value for the headline numbers. */
  growth: z.object({
    documents: z.number(),
    buildMs: z.number().nullable(),
    indexBytes: z.number(),
    queryBytesMedian: z.number(),
    latencyMedian: z.number(),
  }),
});

export const benchReportSchema = z.object({
  schemaVersion: z.literal(1),
  /** --label, default the git short commit. */
  label: z.string(),
  createdAt: z.string(),
  environment: z.object({
    node: z.string(),
    chromium: z.string(),
    lighthouse: z.string().nullable(),
    cpus: count,
    cpuModel: z.string(),
    commit: z.string().nullable(),
  }),
  options: z.object({
    dist: z.string(),
    build: z.boolean(),
    lighthouse: z.boolean(),
    /** Lighthouse performance runs per page (0 with --skip-lighthouse). */ lighthouseRuns: count,
    corpus: z.enum(['real', 'scale']),
  }),
  /** Null with --no-build. */
  build: buildSchema.nullable(),
  corpus: corpusSchema,
  pages: z.array(pageReportSchema),
  searchIndex: searchIndexSchema,
  queryBytes: queryBytesSchema,
  latency: latencySchema,
  budgets: z.array(budgetResultSchema),
  /** Only with --corpus scale. */
  scale: scaleSectionSchema.nullable(),
  /** Wall clock of the whole bench run. */
  benchMs: ms,
});
export type BenchReport = z.infer<typeof benchReportSchema>;
export type ScaleSection = z.infer<typeof scaleSectionSchema>;
export type BuildTimes = z.infer<typeof buildSchema>;
export type Stats = z.infer<typeof statsSchema>;
export type SearchIndexSizes = z.infer<typeof searchIndexSchema>;
export type QueryBytes = z.infer<typeof queryBytesSchema>;
export type Latency = z.infer<typeof latencySchema>;
