/**
 * Comparison data (issue #9), pure: which localities set which target for an indicator in a
 * given year, next to the national reference, with the differences that matter flagged.
 */
import type { TargetRow } from '../data/dataset.ts';
import { unitSuffix } from '../format.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import type { NationalTarget } from '../../schemas/target.ts';

export const COMPARISON_YEARS = [2023, 2025, 2030] as const;
export type ComparisonYear = (typeof COMPARISON_YEARS)[number];

export type Versus = 'above' | 'equal' | 'below' | 'not-comparable';

export interface CellTarget {
  row: TargetRow;
  /** Compared with the national reference of the same year and level, when there is one. */
  versus: Versus | null;
  /** National target it was compared with. */
  against: NationalTarget | null;
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

export interface MatrixGroup { pillar: string | null; rows: MatrixRow[] }

export interface MatrixOptions {
  year: number;
  localities: string[];
  pillarOrder: string[];
}

/** Value on a common scale for comparison: ranges by their midpoint, ranks are not comparable with percentages. */
function comparable(v: { comparator: string; value: number | null; value_max: number | null }): number | null {
  if (v.value === null) return null;
  return v.comparator === 'range' && v.value_max !== null ? (v.value + v.value_max) / 2 : v.value;
}

/** Above/below the national figure; a rank is better when smaller. */
export function versusNational(target: TargetRow, national: NationalTarget | undefined, direction: 'up' | 'down'): Versus | null {
  if (!national) return null;
  if (target.unit !== national.unit || (target.level ?? null) !== (national.level ?? null)) return 'not-comparable';
  const a = comparable(target);
  const b = comparable(national);
  if (a === null || b === null) return 'not-comparable';
  if (a === b) return target.comparator === '>' && national.comparator !== '>' ? (direction === 'up' ? 'above' : 'below') : 'equal';
  const higher = a > b;
  return (direction === 'up' ? higher : !higher) ? 'above' : 'below';
}

export function buildMatrix(rows: TargetRow[], national: NationalTarget[], indicators: Indicator[], opts: MatrixOptions): MatrixGroup[] {
  const used = indicators.filter((i) => rows.some((r) => r.indicator === i.id && opts.localities.includes(r.locality)) || national.some((n) => n.indicator === i.id && n.year === opts.year));
  const groups = new Map<string | null, MatrixRow[]>();
  for (const indicator of used) {
    const nat = national.filter((n) => n.indicator === indicator.id && n.year === opts.year);
    const cells = opts.localities.map((locality): MatrixCell => {
      const mine = rows.filter((r) => r.indicator === indicator.id && r.locality === locality);
      const inYear = mine.filter((r) => r.year === opts.year);
      return {
        locality,
        targets: inYear.map((row) => {
          const against = nat.find((n) => (n.level ?? null) === (row.level ?? null)) ?? nat.find((n) => n.level === null) ?? null;
          return { row, against, versus: versusNational(row, against ?? undefined, indicator.direction) };
        }),
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

/** "≥ 80%", "80–90%", "nhóm 20", "trên 10 %/năm" — the figure as a reader writes it. */
export function formatFigure(v: { comparator: string; value: number | null; value_max: number | null; unit: string | null }, fmt: (n: number) => string): string {
  if (v.value === null) return 'không nêu con số';
  const unit = unitSuffix(v.unit);
  if (v.comparator === 'rank') return `nhóm ${fmt(v.value)}`;
  if (v.comparator === 'range' && v.value_max !== null) return `${fmt(v.value)}–${fmt(v.value_max)}${unit}`;
  const sym = v.comparator === '=' ? '' : `${v.comparator} `;
  return `${sym}${fmt(v.value)}${unit}`;
}
