/**
 * Chart layout (issues #9, #20), pure, in two steps:
 *  1. `chartInputFromRow` turns one comparison row into the layout's input (the only place that
 *     knows the comparison data's shape);
 *  2. `layoutChart` places everything for a given width (desktop or phone) and resolves label
 *     collisions: each target gets its own line in its locality's band, a value label goes to the
 *     side of its mark that has room, national reference labels are packed into lanes above the
 *     plot, and every text's box is returned so a test can check that no two overlap.
 * The SVG component only draws what this returns.
 */
import { formatNumberIn, unitSuffixIn } from '../format.ts';
import { t, type Lang } from '../../i18n/index.ts';
import { scaleLinear } from 'd3-scale';
import type { MatrixRow } from './matrix.ts';

/** One figure on the chart: a point, or a bar when it is a range. */
export interface ChartValue {
  value: number;
  valueMax: number | null;
  text: string;
}
export interface ChartInput {
  /** One row per locality, in display order; a row with no values says "không có chỉ tiêu". */
  rows: { key: string; label: string; values: ChartValue[] }[];
  /** National references, each drawn as a vertical line (a shaded band for a range). */
  references: ChartValue[];
  /** Percentages run 0–100; other units from 0 to a little past the largest figure. */
  percent: boolean;
  unitLabel: string;
  /** The chart's own words in the page's language (default Vietnamese): the national label's prefix, an empty row's note. */
  words?: { national: string; noTarget: string };
}

export type LabelKind = 'band' | 'value' | 'reference' | 'tick' | 'empty';
/** A text and the box it occupies (x, y = top left), estimated from its length and font size. */
export interface ChartLabel {
  kind: LabelKind;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  anchor: 'start' | 'end' | 'middle';
  textX: number;
  baseline: number;
}
export interface ChartMark {
  row: string;
  x: number;
  x2: number | null;
  y: number;
  isRange: boolean;
}
export interface ChartReference {
  x: number;
  x2: number | null;
  top: number;
  label: ChartLabel;
}
export interface ChartLayout {
  width: number;
  height: number;
  marginLeft: number;
  plotTop: number;
  plotBottom: number;
  plotRight: number;
  ticks: { x: number; label: ChartLabel }[];
  bands: { key: string; y: number; height: number; label: ChartLabel }[];
  marks: ChartMark[];
  references: ChartReference[];
  labels: ChartLabel[];
}

export const NO_TARGET = 'không có chỉ tiêu';
export const CHART_WIDTHS = { wide: 560, narrow: 300 } as const;
const FONT = { label: 13, value: 12, reference: 12, tick: 12 };
const LINE = 22; // one target per line inside a band
const LANE = 16; // one lane of reference labels
const GAP = 4;

/** Text width estimate for the UI font (Inter): wide letters and digits ≈ 0.6 em, narrow ones less; kept generous so real text fits its box. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text.normalize('NFD').replace(/\p{M}/gu, ''))
    em += /[il.,:;'|!()\s]/.test(ch) ? 0.32 : /[mwMW%–—]/.test(ch) ? 0.9 : /[A-ZĐ0-9]/.test(ch) ? 0.66 : 0.58;
  return Math.ceil(em * fontSize);
}

function label(kind: LabelKind, text: string, textX: number, middleY: number, anchor: ChartLabel['anchor'], fontSize: number): ChartLabel {
  const width = textWidth(text, fontSize);
  const height = Math.ceil(fontSize * 1.25);
  const x = anchor === 'start' ? textX : anchor === 'end' ? textX - width : textX - width / 2;
  // The baseline sits so the box is centred on middleY (cap height ≈ 0.7 em).
  return { kind, text, x, y: middleY - height / 2, width, height, anchor, textX, baseline: Math.round((middleY + fontSize * 0.35) * 10) / 10 };
}

export function boxesOverlap(a: ChartLabel, b: ChartLabel): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function layoutChart(input: ChartInput, width: number): ChartLayout {
  const narrow = width < 400;
  const bandLabels = input.rows.map((r) => textWidth(r.label, FONT.label));
  const marginLeft = Math.min(Math.max(...bandLabels, 40) + 12, Math.round(width * 0.34));
  const marginRight = 12;
  const all = [...input.rows.flatMap((r) => r.values), ...input.references].flatMap((v) => [v.value, v.valueMax ?? v.value]);
  const max = input.percent ? 100 : Math.max(...all, 1) * 1.1;
  const x = scaleLinear()
    .domain([0, max])
    .range([marginLeft, width - marginRight])
    .nice();
  const plotRight = width - marginRight;

  // Reference labels: greedy packing into lanes, each label beside its line on the side with room.
  const refs = [...input.references].sort((a, b) => a.value - b.value);
  const lanes: ChartLabel[][] = [];
  const refPlaced = refs.map((r) => {
    const text = `${input.words?.national ?? 'Quốc gia'} ${r.text}`;
    const lx = x(r.value);
    const w = textWidth(text, FONT.reference);
    const anchor: 'start' | 'end' = lx + 4 + w <= width ? 'start' : 'end';
    const textX = anchor === 'start' ? lx + 4 : Math.max(lx - 4, w);
    const placed = label('reference', text, textX, 0, anchor, FONT.reference);
    const padded = { ...placed, x: placed.x - GAP, width: placed.width + 2 * GAP };
    let lane = lanes.findIndex((l) => l.every((o) => !boxesOverlap(o, padded)));
    if (lane < 0) {
      lanes.push([]);
      lane = lanes.length - 1;
    }
    lanes[lane].push(padded);
    return { r, lane, text, textX, anchor };
  });
  const plotTop = 8 + lanes.length * LANE;

  // Bands: one line per target (at least one, for the "no target" note).
  let y = plotTop;
  const bands: ChartLayout['bands'] = [];
  const marks: ChartMark[] = [];
  const labels: ChartLabel[] = [];
  for (const row of input.rows) {
    const lines = Math.max(1, row.values.length);
    const height = lines * LINE + 8;
    const bandLabel = label('band', row.label, marginLeft - 8, y + height / 2, 'end', FONT.label);
    bands.push({ key: row.key, y, height, label: bandLabel });
    labels.push(bandLabel);
    if (!row.values.length) labels.push(label('empty', input.words?.noTarget ?? NO_TARGET, marginLeft + 6, y + height / 2, 'start', FONT.value));
    row.values.forEach((v, i) => {
      const cy = y + 4 + LINE * i + LINE / 2;
      const isRange = v.valueMax !== null;
      const x1 = x(v.value);
      const x2 = isRange ? x(v.valueMax!) : null;
      marks.push({ row: row.key, x: x1, x2, y: cy, isRange });
      const right = (x2 ?? x1) + (isRange ? 6 : 10);
      const w = textWidth(v.text, FONT.value);
      // Right of the mark when it fits, else left of it; never into the locality names' margin.
      const fitsRight = right + w <= width - 2;
      const leftX = x1 - (isRange ? 6 : 10);
      const fitsLeft = leftX - w >= marginLeft;
      labels.push(
        fitsRight || !fitsLeft
          ? label('value', v.text, fitsRight ? right : Math.max(right, 0), cy, 'start', FONT.value)
          : label('value', v.text, leftX, cy, 'end', FONT.value),
      );
    });
    y += height;
  }
  const plotBottom = y;

  const references: ChartReference[] = refPlaced.map(({ r, lane, text, textX, anchor }) => {
    const mid = 8 + lane * LANE + LANE / 2 - 2;
    const l = label('reference', text, textX, mid, anchor, FONT.reference);
    labels.push(l);
    return { x: x(r.value), x2: r.valueMax !== null ? x(r.valueMax) : null, top: mid + l.height / 2, label: l };
  });

  // Ticks: fewer on a phone; a tick whose label would touch the previous one is left out.
  const ticks: ChartLayout['ticks'] = [];
  const fmt = (n: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(n);
  for (const t of x.ticks(narrow ? 4 : 5)) {
    const tl = label('tick', `${fmt(t)}${input.unitLabel}`, x(t), plotBottom + 14, 'middle', FONT.tick);
    if (tl.x + tl.width > width) {
      tl.x = width - tl.width;
      tl.anchor = 'end';
      tl.textX = width;
    }
    if (ticks.length && tl.x < ticks.at(-1)!.label.x + ticks.at(-1)!.label.width + GAP) continue;
    ticks.push({ x: x(t), label: tl });
    labels.push(tl);
  }
  return { width, height: plotBottom + 26, marginLeft, plotTop, plotBottom, plotRight, ticks, bands, marks, references, labels };
}

/** The comparison row as the chart's input, in the page's language: figures on a common scale only (ranks are left out). */
export function chartInputFromRow(row: MatrixRow, localityNames: Record<string, string>, lang: Lang = 'vi'): ChartInput | null {
  const fmt = formatNumberIn(lang);
  const unitLabel = row.indicator.unit === 'percent' || row.indicator.unit === 'percent-per-year' ? unitSuffixIn(lang, row.indicator.unit) : '';
  const text = (v: { comparator: string; value: number; value_max: number | null; level?: string | null }) =>
    `${v.comparator === 'range' && v.value_max !== null ? `${fmt(v.value)}–${fmt(v.value_max)}` : fmt(v.value)}${unitLabel}${v.level ? ` (${t(lang, `chart.level.${v.level}` as 'chart.level.tinh')})` : ''}`;
  const value = (v: { comparator: string; value: number; value_max: number | null; level?: string | null }): ChartValue => ({
    value: v.value,
    valueMax: v.comparator === 'range' && v.value_max !== null ? v.value_max : null,
    text: text(v),
  });
  const rows = row.cells.map((c) => ({
    key: c.locality,
    label: localityNames[c.locality] ?? c.locality,
    values: c.targets.filter((t) => t.row.value !== null && t.row.unit !== 'rank').map((t) => value({ ...t.row, value: t.row.value! })),
  }));
  const references = row.national.filter((n) => n.unit !== 'rank').map(value);
  if (rows.every((r) => !r.values.length)) return null;
  return {
    rows,
    references,
    percent: row.indicator.unit === 'percent',
    unitLabel,
    words: { national: t(lang, 'compare.national'), noTarget: t(lang, 'compare.chartNoTarget') },
  };
}
