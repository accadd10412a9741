import { describe, expect, it } from 'vitest';
import { computeStatus, statusDisagreement } from '../../src/lib/data/status.ts';
import type { StatusTarget } from '../../src/lib/data/status.ts';

const target = (p: Partial<StatusTarget>): StatusTarget => ({ comparator: '≥', value: 10, value_max: null, unit: 'percent', ...p });

describe('computed status of a result against its target', () => {
  it('a figure below "từ 10% trở lên" is not met, and says so in words', () => {
    expect(computeStatus({ value: 6.17, unit: 'percent' }, target({}))).toEqual({ status: 'not-met', reason: 'số liệu 6,17% thấp hơn chỉ tiêu 10%' });
  });
  it('reaching an "at least" figure meets it', () => {
    expect(computeStatus({ value: 10, unit: 'percent' }, target({})).status).toBe('met');
  });
  it('a strict "more than" is not met by the figure itself', () => {
    expect(computeStatus({ value: 80, unit: 'percent' }, target({ comparator: '>', value: 80 })).status).toBe('not-met');
    expect(computeStatus({ value: 80.5, unit: 'percent' }, target({ comparator: '>', value: 80 })).status).toBe('met');
  });
  it('a plain figure is a level to reach: passing it meets it', () => {
    expect(computeStatus({ value: 130, unit: 'percent' }, target({ comparator: '=', value: 100 })).status).toBe('met');
    expect(computeStatus({ value: 68.48, unit: 'percent' }, target({ comparator: '=', value: 80 })).status).toBe('not-met');
  });
  it('"at most" targets are met from below', () => {
    expect(computeStatus({ value: 5, unit: 'percent' }, target({ comparator: '≤', value: 5 })).status).toBe('met');
    expect(computeStatus({ value: 6, unit: 'percent' }, target({ comparator: '<', value: 5 }))).toEqual({
      status: 'not-met',
      reason: 'số liệu 6% cao hơn chỉ tiêu 5%',
    });
  });
  it('a range is met from its lower bound', () => {
    expect(computeStatus({ value: 50, unit: 'percent' }, target({ comparator: 'range', value: 50, value_max: 55 })).status).toBe('met');
    expect(computeStatus({ value: 49, unit: 'percent' }, target({ comparator: 'range', value: 50, value_max: 55 })).status).toBe('not-met');
  });
  it('a rank within the top N is met by a place no greater than N', () => {
    expect(computeStatus({ value: 12, unit: 'rank' }, target({ comparator: 'rank', value: 20, unit: 'rank' })).status).toBe('met');
    expect(computeStatus({ value: 25, unit: 'rank' }, target({ comparator: 'rank', value: 20, unit: 'rank' })).status).toBe('not-met');
  });
  it('different units, a qualitative target or a result without a figure are not comparable, with the reason', () => {
    expect(computeStatus({ value: 18, unit: 'count' }, target({ value: 100 }))).toEqual({ status: 'not-comparable', reason: 'khác đơn vị: số lượng / %' });
    expect(computeStatus({ value: 100, unit: 'percent' }, target({ comparator: 'qualitative', value: null, unit: null })).status).toBe('not-comparable');
    expect(computeStatus({ value: null, unit: null }, target({})).reason).toBe('kết quả không nêu con số');
  });
});

describe('flag when the printed status contradicts the figures', () => {
  it("printed ĐẠT with a figure below the target gives the flag in the issue's words", () => {
    expect(statusDisagreement('dat', computeStatus({ value: 6.17, unit: 'percent' }, target({})))).toBe('Văn bản ghi ĐẠT; số liệu 6,17% thấp hơn chỉ tiêu 10%');
  });
  it('printed CHƯA ĐẠT with a figure that meets the target is flagged too', () => {
    expect(statusDisagreement('chua-dat', computeStatus({ value: 12, unit: 'percent' }, target({})))).toBe(
      'Văn bản ghi CHƯA ĐẠT; số liệu 12% đạt chỉ tiêu 10%',
    );
  });
  it('no flag when they agree, when nothing is printed, or when the figures cannot be compared', () => {
    expect(statusDisagreement('dat', computeStatus({ value: 12, unit: 'percent' }, target({})))).toBeNull();
    expect(statusDisagreement(null, computeStatus({ value: 1, unit: 'percent' }, target({})))).toBeNull();
    expect(statusDisagreement('dat', computeStatus({ value: 18, unit: 'count' }, target({})))).toBeNull();
  });
});
