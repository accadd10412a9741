import { describe, expect, it } from 'vitest';
import { dateAfter, dateRule, numberingRestartsYearly, printedDecimals, ratioRule, statusRule, sumRule } from '../../src/lib/consistency/rules.ts';
import { siteStatus } from '../../src/lib/consistency/status.ts';

const interimStatus = ({
  value,
  unit,
  target,
}: {
  value: number;
  unit: 'percent' | 'count';
  target: { comparator: '≥'; value: number; value_max: null; unit: 'percent' };
}) => siteStatus({ value, unit }, target);

describe('sums of parts against printed totals', () => {
  it('reports footnote 13 of 573-BC/TU: 04 + 22 + 11 + 172 makes 209, not the printed 207', () => {
    expect(sumRule([4, 22, 11, 172], 207)).toEqual({ computed: 209, agrees: false });
  });
  it('accepts parts that make the printed total', () => {
    expect(sumRule([275, 153, 37], 465).agrees).toBe(true);
  });
});

describe('ratios against printed percentages', () => {
  it('reports 49% printed for 883/1.698, which is 52%', () => {
    expect(ratioRule(883, 1698, 49, 0)).toEqual({ computed: 52, agrees: false });
  });
  it('reports 130% printed for 10.685/7.695, which is 139%', () => {
    expect(ratioRule(10685, 7695, 130, 0).agrees).toBe(false);
  });
  it('accepts a printed percentage that is the ratio rounded or cut off at the printed decimals', () => {
    expect(ratioRule(1271, 1856, 68.48, printedDecimals('68,48%')).agrees).toBe(true);
    expect(ratioRule(2481464, 11487726, 21, 0).agrees).toBe(true); // 21,6% cut off
    expect(ratioRule(158, 1856, 8.52, 2).agrees).toBe(false); // 8,51%
  });
});

describe('statuses against figures', () => {
  const target = { comparator: '≥' as const, value: 10, value_max: null, unit: 'percent' as const };
  it('reports a printed ĐẠT whose figure is below its target', () => {
    expect(statusRule('dat', interimStatus({ value: 6.17, unit: 'percent', target })).agrees).toBe(false);
  });
  it('accepts a printed ĐẠT that reaches its target and a CHƯA ĐẠT that does not', () => {
    expect(statusRule('dat', interimStatus({ value: 100, unit: 'percent', target })).agrees).toBe(true);
    expect(statusRule('chua-dat', interimStatus({ value: 7.09, unit: 'percent', target: { ...target, value: 30 } })).agrees).toBe(true);
  });
  it('never reports figures that cannot be compared (a count against a percentage)', () => {
    expect(statusRule('chua-dat', interimStatus({ value: 6, unit: 'count', target: { ...target, value: 50 } })).agrees).toBe(true);
  });
});

describe('dates of the same cited document across documents', () => {
  it('reads the date printed after a cited number in either form', () => {
    const a = 'Quyết định số 3652/QĐ-UBND ngày 22/12/2021 của Chủ tịch';
    expect(dateAfter(a, a.indexOf('3652/QĐ-UBND') + 12)).toBe('2021-12-22');
    const b = 'Nghị quyết số 50/NQ-CP ngày 17 tháng 4 năm 2020 của Chính phủ';
    expect(dateAfter(b, b.indexOf('50/NQ-CP') + 8)).toBe('2020-04-17');
    expect(dateAfter('Kế hoạch 370/KH-UBND của UBND tỉnh', 19)).toBeNull();
  });
  it('reports one document given two dates in the same year (3652/QĐ-UBND: 24/12/2021 and 22/12/2021)', () => {
    expect(dateRule(['2021-12-24', '2021-12-22', '2021-12-24'], true)).toEqual({ distinct: ['2021-12-22', '2021-12-24'], agrees: false });
  });
  it('treats a yearly-restarting number in two years as two documents, but not a number that carries its year or a Party number', () => {
    expect(dateRule(['2023-01-19', '2024-01-19'], numberingRestartsYearly('20/KH-UBND')).agrees).toBe(true);
    expect(dateRule(['2016-07-01', '2022-07-01'], numberingRestartsYearly('85/2016/NĐ-CP')).agrees).toBe(false);
    expect(dateRule(['2021-10-06', '2022-10-06'], numberingRestartsYearly('08-NQ/TU')).agrees).toBe(false);
  });
});
