import { describe, expect, it } from 'vitest';
import { buildMatrix, comparisonCells, formatFigure } from '../../src/lib/compare/matrix.ts';
import { CHART_WIDTHS, chartInputFromRow, layoutChart, NO_TARGET } from '../../src/lib/compare/chart-layout.ts';
import type { TargetRow } from '../../src/schemas/dataset-row.ts';
import type { Indicator } from '../../src/schemas/indicator.ts';
import type { NationalTarget } from '../../src/schemas/target.ts';

const indicator: Indicator = {
  id: 'tai-khoan-thanh-toan',
  name: 'Dân số có tài khoản thanh toán điện tử',
  definition: 'x',
  unit: 'percent',
  direction: 'up',
  pillar: 'xa-hoi-so',
  keywords: [],
  comparability: [],
  dimensions: { counted: 'toan-dan', denominator: null, scope: 'all', level: null, base: null },
};
const rank: Indicator = { ...indicator, id: 'xep-hang', unit: 'rank', direction: 'down', pillar: null };
/** The figure a local row and a national target share unless a test overrides it: "> 50%" in 2025. */
const FIGURE = {
  indicator: 'tai-khoan-thanh-toan',
  text: 't',
  comparator: '>',
  value: 50,
  value_max: null,
  unit: 'percent',
  year: 2025,
  level: null,
} as const;
const row = (p: Partial<TargetRow>): TargetRow => ({
  id: 'x',
  locality: 'tra-vinh',
  locality_name: 'Trà Vinh',
  document: 'd',
  document_number: null,
  pillar: ['xa-hoi-so'],
  sector: [],
  composite_index: false,
  uncertain: false,
  counted: null,
  denominator: null,
  scope: null,
  base: null,
  ...FIGURE,
  url: '/van-ban/d/#x',
  document_type: 'Nghị quyết',
  anchor: 'x',
  note: null,
  ...p,
});
const nat = (p: Partial<NationalTarget>): NationalTarget => ({
  id: 'n',
  decision: 'QĐ 749',
  clause: 'c',
  ...FIGURE,
  confidence: 'official',
  dimensions: {},
  ...p,
});

describe('comparison matrix', () => {
  const rows = [
    row({ id: 'tv', locality: 'tra-vinh', value: 50 }),
    row({ id: 'dt', locality: 'dong-thap', value: 60 }),
    row({ id: 'ht', locality: 'ha-tien', comparator: 'range', value: 60, value_max: 65, year: 2023 }),
  ];
  const m = buildMatrix(rows, [nat({})], [indicator], { year: 2025, localities: ['tra-vinh', 'dong-thap', 'ha-tien'], pillarOrder: ['xa-hoi-so'] });

  it('puts localities side by side as cells of the indicator row, grouped by pillar', () => {
    expect(m).toHaveLength(1);
    expect(m[0].pillar).toBe('xa-hoi-so');
    expect(m[0].rows[0].cells.map((c) => c.targets.map((t) => t.row.id))).toEqual([['tv'], ['dt'], []]);
  });
  it('compares each target with the national reference of the same year', () => {
    expect(m[0].rows[0].cells[1].targets[0].comparisons.map((c) => c.verdict)).toEqual(['higher']);
    expect(m[0].rows[0].cells[0].targets[0].comparisons.map((c) => c.verdict)).toEqual(['equal']);
  });
  it('says when a locality has a target only for another year', () => {
    expect(m[0].rows[0].cells[2].otherYears).toEqual([2023]);
  });
  it('treats a smaller rank as the more ambitious target', () => {
    const r = buildMatrix(
      [row({ indicator: 'xep-hang', comparator: 'rank', value: 20, unit: 'rank' })],
      [nat({ indicator: 'xep-hang', comparator: 'rank', value: 25, unit: 'rank' })],
      [rank],
      { year: 2025, localities: ['tra-vinh'], pillarOrder: [] },
    );
    expect(r[0].rows[0].cells[0].targets[0].comparisons[0].verdict).toBe('higher');
  });
  it('lists every national reference of the year, each with its own verdict, and says why a pair is not comparable', () => {
    const r = buildMatrix(
      [row({ value: 80, comparator: '=' })],
      [nat({ id: 'n749', value: 50 }), nat({ id: 'n411', value: 80, comparator: '=', dimensions: { counted: 'tu-15-tuoi' } })],
      [indicator],
      { year: 2025, localities: ['tra-vinh'], pillarOrder: [] },
    );
    expect(comparisonCells([{ year: 2025, groups: r }])).toEqual([
      { locality: 'tra-vinh', indicator: 'tai-khoan-thanh-toan', year: 2025, target: 'x', national_reference: 'n749', verdict: 'higher', reason: null },
      {
        locality: 'tra-vinh',
        indicator: 'tai-khoan-thanh-toan',
        year: 2025,
        target: 'x',
        national_reference: 'n411',
        verdict: 'not-comparable',
        reason: 'khác nhóm dân số: toàn dân / 15 tuổi trở lên',
      },
    ]);
  });
  it('gives a target without a national reference in its year the verdict "no-reference"', () => {
    const r = buildMatrix([row({ year: 2030 })], [nat({})], [indicator], { year: 2030, localities: ['tra-vinh'], pillarOrder: [] });
    expect(r[0].rows[0].cells[0].targets[0].comparisons).toEqual([expect.objectContaining({ reference: null, verdict: 'no-reference' })]);
  });
  it('writes figures as readers do', () => {
    const fmt = (n: number) => new Intl.NumberFormat('vi-VN').format(n);
    expect(formatFigure({ comparator: 'range', value: 80, value_max: 90, unit: 'percent' }, fmt)).toBe('80–90%');
    expect(formatFigure({ comparator: '≥', value: 11.5, value_max: null, unit: 'percent-per-year' }, fmt)).toBe('≥ 11,5%/năm');
    expect(formatFigure({ comparator: 'rank', value: 20, value_max: null, unit: 'rank' }, fmt)).toBe('nhóm 20');
  });
});

describe('indicator chart layout', () => {
  const m = buildMatrix(
    [row({ id: 'a', value: 60 }), row({ id: 'b', locality: 'ha-tien', comparator: 'range', value: 60, value_max: 65 })],
    [nat({})],
    [indicator],
    { year: 2025, localities: ['tra-vinh', 'ha-tien', 'dong-thap'], pillarOrder: [] },
  );
  const input = chartInputFromRow(m[0].rows[0], { 'tra-vinh': 'Trà Vinh', 'ha-tien': 'Hà Tiên', 'dong-thap': 'Đồng Tháp' })!;
  const layout = layoutChart(input, CHART_WIDTHS.wide);
  it('scales percentages from 0 to 100 across the plot', () => {
    expect(layout.ticks[0]).toMatchObject({ x: layout.marginLeft, label: expect.objectContaining({ text: '0%' }) });
    expect(layout.ticks.at(-1)!.label.text).toBe('100%');
  });
  it('draws ranges as ranges and the national reference as a line', () => {
    const range = layout.marks.find((mk) => mk.row === 'ha-tien')!;
    expect(range.isRange).toBe(true);
    expect(range.x2! - range.x).toBeCloseTo((layout.plotRight - layout.marginLeft) * 0.05, 0);
    expect(layout.references.map((r) => r.label.text)).toEqual(['Quốc gia 50%']);
  });
  it('gives each locality its own band', () => {
    expect(layout.bands.map((b) => b.label.text)).toEqual(['Trà Vinh', 'Hà Tiên', 'Đồng Tháp']);
    expect(layout.marks.find((mk) => mk.row === 'tra-vinh')!.y).toBeLessThan(layout.marks.find((mk) => mk.row === 'ha-tien')!.y);
  });
  it('says "không có chỉ tiêu" in the band of a locality without a target', () => {
    const band = layout.bands.find((b) => b.key === 'dong-thap')!;
    const note = layout.labels.find((l) => l.kind === 'empty')!;
    expect(note.text).toBe(NO_TARGET);
    expect(note.y).toBeGreaterThanOrEqual(band.y);
    expect(note.y + note.height).toBeLessThanOrEqual(band.y + band.height);
  });
});
