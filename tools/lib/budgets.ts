/**
 * Performance and quality budgets (issue #12). Stable ones are enforced in CI (scripts/check-site.ts,
 * e2e tests, scripts/check-lighthouse.ts); noisy ones are reported by the benchmark (npm run bench).
 */
export const BUDGETS = {
  /** JavaScript any page but the search page may load, gzip bytes, static imports included. */
  documentPageJsGzip: 15 * 1024,
  /** Lighthouse category scores that must be 100 on every page type (enforced). */
  lighthouseEnforced: { accessibility: 100, 'best-practices': 100, seo: 100 },
  /** Lighthouse performance score, mobile profile, every page type (issue #20; reported: too noisy on shared 2-core machines). */
  lighthousePerformance: 100,
  /** Lighthouse first contentful paint, mobile profile (simulated slow 4G, 4× CPU), ms, every page type (issue #20; reported). */
  firstContentfulPaintMs: 1000,
  /** Font files a page loads, bytes as transferred (already compressed woff2), every page type (issue #20; enforced). */
  fontBytesPerPage: 50 * 1024,
  /** Cumulative layout shift allowed. */
  cls: 0,
  /** Full build (Astro + Pagefind) of the synthetic ~300-document scale corpus, milliseconds. */
  scaleBuildMs: 180_000,
  /** Keystroke to first search results painted, milliseconds (median, warm, debounce included); issue #19. */
  searchFirstResultsMs: 100,
  /** The same on the scale corpus. */
  scaleSearchFirstResultsMs: 200,
  /** What a typical query downloads (median; index chunks and fragments), bytes; issue #19. */
  queryBytes: 80 * 1024,
  /** The same on the scale corpus. */
  scaleQueryBytes: 150 * 1024,
};
/** The shape of the budgets (numbers, not the literal values), so tests can evaluate other thresholds. */
export type Budgets = typeof BUDGETS;
