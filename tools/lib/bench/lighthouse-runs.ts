/**
 * Combining several Lighthouse runs of one page (the bench runs performance more than once: its
 * simulated throttling replays an observed load, so a single score moves by 10+ points between runs).
 */
import type { LighthouseResult } from './report-schema.ts';
import { median } from './stats.ts';

/**
 * The first run is the full one (every category); later runs may be performance only. Performance
 * and its audits come from the median run, CLS and its shifts from the worst run, accessibility,
 * best practices and SEO from the first run.
 */
export function combineLighthouseRuns(runs: LighthouseResult[]): LighthouseResult {
  if (!runs.length) throw new Error('no Lighthouse runs to combine');
  const [first] = runs;
  const scored = runs.filter((r) => r.performance !== null);
  if (!scored.length) return { ...first, performanceRuns: [] };
  const scores = scored.map((r) => r.performance!);
  const mid = median(scores);
  // The run whose score is closest to the median (the median itself for an odd number of runs).
  const medianRun = scored.reduce((a, b) => (Math.abs(b.performance! - mid) < Math.abs(a.performance! - mid) ? b : a));
  const worstCls = scored.reduce((a, b) => ((b.cls ?? 0) > (a.cls ?? 0) ? b : a));
  return {
    ...first,
    performance: Math.round(mid),
    performanceRuns: scores,
    fcpMs: medianRun.fcpMs,
    lcpMs: medianRun.lcpMs,
    tbtMs: medianRun.tbtMs,
    cls: worstCls.cls,
    layoutShifts: worstCls.layoutShifts,
    jsTransferBytes: medianRun.jsTransferBytes,
    totalTransferBytes: medianRun.totalTransferBytes,
    thirdPartyRequests: Math.max(...scored.map((r) => r.thirdPartyRequests ?? 0)),
    failedAudits: [...first.failedAudits.filter((a) => a.category !== 'performance'), ...medianRun.failedAudits.filter((a) => a.category === 'performance')],
    warnings: [...new Set(runs.flatMap((r) => r.warnings))],
  };
}
