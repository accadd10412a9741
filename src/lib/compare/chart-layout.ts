/**
 * Chart layout (issue #9), pure: d3 scales turn one indicator's targets and the national
 * reference into positions for a static SVG (points, range bars, reference lines).
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import type { MatrixRow } from './matrix.ts';

export interface ChartMark { locality: string; label: string; x: number; x2: number | null; y: number; isRange: boolean; text: string; level: string | null }
export interface ChartReference { x: number; label: string; level: string | null; labelY: number; anchor: 'start' | 'end' }
export interface ChartLayout {
  width: number; height: number; marginLeft: number; marginTop: number; plotWidth: number;
  ticks: { x: number; label: string }[];
  bands: { locality: string; label: string; y: number; height: number }[];
  marks: ChartMark[];
  references: ChartReference[];
  max: number; unitLabel: string;
}

export function layoutIndicatorChart(row: MatrixRow, localityNames: Record<string, string>, opts = { width: 520, band: 36 }): ChartLayout | null {
  const points = row.cells.flatMap((c) => c.targets.filter((t) => t.row.value !== null && t.row.unit !== 'rank').map((t) => ({ c, t })));
  const refs = row.national.filter((n) => n.unit !== 'rank');
  if (!points.length && !refs.length) return null;
  const values = [...points.flatMap(({ t }) => [t.row.value!, t.row.value_max ?? t.row.value!]), ...refs.map((n) => n.value_max ?? n.value)];
  const percent = row.indicator.unit === 'percent';
  const max = percent ? 100 : Math.max(...values) * 1.1;
  const marginLeft = 96; const marginRight = 96;
  const marginTop = 18 + refs.length * 14;
  const localities = row.cells.map((c) => c.locality);
  const height = marginTop + localities.length * opts.band + 24;
  const x = scaleLinear().domain([0, max]).range([marginLeft, opts.width - marginRight]).nice();
  const y = scaleBand<string>().domain(localities).range([marginTop, marginTop + localities.length * opts.band]).padding(0.35);
  const fmt = (n: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(n);
  const unitLabel = row.indicator.unit === 'percent' ? '%' : row.indicator.unit === 'percent-per-year' ? '%/năm' : '';
  return {
    width: opts.width, height, marginLeft, marginTop, plotWidth: opts.width - marginLeft - marginRight,
    ticks: x.ticks(5).map((t) => ({ x: x(t), label: `${fmt(t)}${unitLabel}` })),
    bands: localities.map((l) => ({ locality: l, label: localityNames[l] ?? l, y: y(l)!, height: y.bandwidth() })),
    marks: points.map(({ c, t }, i) => {
      const sameLocality = points.filter((p) => p.c.locality === c.locality);
      const k = sameLocality.indexOf(points[i]);
      const offset = sameLocality.length > 1 ? (k - (sameLocality.length - 1) / 2) * 8 : 0;
      const isRange = t.row.comparator === 'range' && t.row.value_max !== null;
      return {
        locality: c.locality, label: localityNames[c.locality] ?? c.locality,
        x: x(t.row.value!), x2: isRange ? x(t.row.value_max!) : null, y: y(c.locality)! + y.bandwidth() / 2 + offset, isRange,
        text: `${isRange ? `${fmt(t.row.value!)}–${fmt(t.row.value_max!)}` : fmt(t.row.value!)}${unitLabel}${t.row.level ? ` (cấp ${t.row.level === 'tinh' ? 'tỉnh' : t.row.level === 'huyen' ? 'huyện' : 'xã'})` : ''}`,
        level: t.row.level,
      };
    }),
    references: refs.map((n, i) => ({
      x: x(n.value), level: n.level, labelY: 12 + i * 14, anchor: x(n.value) > opts.width / 2 ? 'end' as const : 'start' as const,
      label: `Quốc gia ${fmt(n.value)}${unitLabel}${n.level ? ` (cấp ${n.level === 'tinh' ? 'tỉnh' : n.level === 'huyen' ? 'huyện' : 'xã'})` : ''}`,
    })),
    max, unitLabel,
  };
}
