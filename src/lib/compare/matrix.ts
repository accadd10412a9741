/**
 * Comparison data (issue #9), pure: which localities set which target for an indicator in a
 * given year, next to the national reference, with the differences that matter flagged.
 */
import type { TargetRow } from '../../schemas/dataset-row.ts';
import { unitSuffixIn } from '../format.ts';
import { t, type Lang } from '../../i18n/index.ts';
import { effectiveDimensions, verdictsAgainst, type Verdict } from './verdict.ts';
import type { Reason } from './reasons.ts';
import type { Dimensions } from '../../schemas/comparability.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import type { NationalTarget } from '../../schemas/target.ts';

export const COMPARISON_YEARS = [2023, 2025, 2030] as const;
export type ComparisonYear = (typeof COMPARISON_YEARS)[number];

export interface Comparison {
  /** The national reference, or null when the year has none for this indicator ("no-reference"). */
  reference: NationalTarget | null;
  verdict: Verdict;
  /** Why a pair is not comparable (or why there is no reference), in Vietnamese words; null otherwise. */
  reason: string | null;
  /** The same reasons as codes, for the English edition's wording (src/lib/compare/reasons.ts). */
  reasons: Reason[];
}

export interface CellTarget {
  row: TargetRow;
  /** Each national reference of the year it is shown against, with its own verdict (src/lib/compare/verdict.ts). */
  comparisons: Comparison[];
}

export interface MatrixCell {
  locality: string;
  targets: CellTarget[];
  /** Years for which this locality has a target on this indicator, when none is set for the chosen year. */
  otherYears: number[];
}

export interface MatrixRow {
  indicator: Indicator;
  national: NationalTarget[];
  cells: MatrixCell[];
}

export interface MatrixGroup {
  pillar: string | null;
  rows: MatrixRow[];
}

export interface MatrixOptions {
  year: number;
  localities: string[];
  pillarOrder: string[];
}

/** A target row's dimensions (exported flat on the row). */
const rowDims = (r: TargetRow, indicator: Indicator): Dimensions =>
  r.counted && r.scope ? { counted: r.counted, denominator: r.denominator, scope: r.scope, level: r.level, base: r.base } : effectiveDimensions(indicator, r);

/** A target against every national reference of its indicator and year. */
export function compareTarget(row: TargetRow, national: NationalTarget[], indicator: Indicator): Comparison[] {
  // Each reference carries its national target, so the comparison names that very record.
  const refs = national
    .filter((n) => n.indicator === indicator.id && n.year === row.year)
    .map((n) => ({ ...n, dims: effectiveDimensions(indicator, n), national: n }));
  return verdictsAgainst({ ...row, dims: rowDims(row, indicator) }, refs, indicator.direction).map(({ reference, verdict, reason, reasons }) => ({
    reference: reference?.national ?? null,
    verdict,
    reason,
    reasons,
  }));
}

export function buildMatrix(rows: TargetRow[], national: NationalTarget[], indicators: Indicator[], opts: MatrixOptions): MatrixGroup[] {
  const used = indicators.filter(
    (i) => rows.some((r) => r.indicator === i.id && opts.localities.includes(r.locality)) || national.some((n) => n.indicator === i.id && n.year === opts.year),
  );
  const groups = new Map<string | null, MatrixRow[]>();
  for (const indicator of used) {
    const nat = national.filter((n) => n.indicator === indicator.id && n.year === opts.year);
    const cells = opts.localities.map((locality): MatrixCell => {
      const mine = rows.filter((r) => r.indicator === indicator.id && r.locality === locality);
      const inYear = mine.filter((r) => r.year === opts.year);
      return {
        locality,
        targets: inYear.map((row) => ({ row, comparisons: compareTarget(row, nat, indicator) })),
        otherYears: inYear.length ? [] : [...new Set(mine.map((r) => r.year).filter((y): y is number => y !== null))].sort(),
      };
    });
    if (!nat.length && cells.every((c) => !c.targets.length)) continue;
    const list = groups.get(indicator.pillar) ?? [];
    list.push({ indicator, national: nat, cells });
    groups.set(indicator.pillar, list);
  }
  const order = (p: string | null) => (p === null ? -1 : opts.pillarOrder.indexOf(p));
  return [...groups.entries()].sort((a, b) => order(a[0]) - order(b[0])).map(([pillar, r]) => ({ pillar, rows: r }));
}

/** One cell of /data/comparison.json: a target shown on a comparison page against one national reference (or none). */
export interface ComparisonCellRecord {
  locality: string;
  indicator: string;
  year: number;
  target: string;
  national_reference: string | null;
  verdict: Verdict;
  reason: string | null;
}

/** Every (target, reference) pair the comparison pages show, in page order: the data /data/comparison.json publishes. */
export function comparisonCells(groupsByYear: { year: number; groups: MatrixGroup[] }[]): ComparisonCellRecord[] {
  return groupsByYear.flatMap(({ year, groups }) =>
    groups.flatMap((g) =>
      g.rows.flatMap((r) =>
        r.cells.flatMap((c) =>
          c.targets.flatMap((t) =>
            t.comparisons.map((x) => ({
              locality: c.locality,
              indicator: r.indicator.id,
              year,
              target: t.row.id,
              national_reference: x.reference?.id ?? null,
              verdict: x.verdict,
              reason: x.reason,
            })),
          ),
        ),
      ),
    ),
  );
}

/** "≥ 80%", "80–90%", "nhóm 20", "trên 10 %/năm" — the figure as a reader writes it. */
export function formatFigure(
  v: { comparator: string; value: number | null; value_max: number | null; unit: string | null },
  fmt: (n: number) => string,
  lang: Lang = 'vi',
): string {
  if (v.value === null) return t(lang, 'figure.none');
  const unit = unitSuffixIn(lang, v.unit);
  if (v.comparator === 'rank') return t(lang, 'figure.rank', { n: fmt(v.value) });
  if (v.comparator === 'range' && v.value_max !== null) return `${fmt(v.value)}–${fmt(v.value_max)}${unit}`;
  const sym = v.comparator === '=' ? '' : `${v.comparator} `;
  return `${sym}${fmt(v.value)}${unit}`;
}

/** A reported figure (a result's value, exactly that much): "6,17%". Callers say what a result without a figure shows. */
export const formatReportedFigure = (r: { value: number | null; unit: string | null }, fmt: (n: number) => string, lang: Lang = 'vi'): string =>
  formatFigure({ comparator: '=', value: r.value, value_max: null, unit: r.unit }, fmt, lang);
