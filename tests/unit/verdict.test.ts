import { describe, expect, it } from 'vitest';
import { compareWithReference, dimensionDifferences, effectiveDimensions, verdictsAgainst, type Figure } from '../../src/lib/compare/verdict.ts';
import type { Dimensions } from '../../src/schemas/comparability.ts';

const dims = (p: Partial<Dimensions> = {}): Dimensions => ({ counted: 'toan-dan', denominator: null, scope: 'all', level: null, base: null, ...p });
const fig = (p: Partial<Figure> = {}, d: Partial<Dimensions> = {}) => ({
  comparator: '=' as const,
  value: 80,
  value_max: null,
  unit: 'percent' as const,
  ...p,
  dims: dims(d),
});

describe('comparability verdicts', () => {
  it('the same value for a different population is not equal', () => {
    expect(compareWithReference(fig({}, { counted: 'tu-15-tuoi' }), fig({}, { counted: 'toan-dan' }), 'up')).toEqual({
      verdict: 'not-comparable',
      reason: 'khác nhóm dân số: 15 tuổi trở lên / toàn dân',
      reasons: [{ code: 'population', local: 'tu-15-tuoi', national: 'toan-dan' }],
    });
  });
  it('working-age people trained are not the population with skills', () => {
    expect(compareWithReference(fig({}, { counted: 'toan-dan' }), fig({}, { counted: 'do-tuoi-lao-dong' }), 'up').reason).toBe(
      'khác nhóm dân số: toàn dân / người trong độ tuổi lao động',
    );
  });
  it('procedures are not services, and subscriptions are not households (what is counted)', () => {
    expect(compareWithReference(fig({}, { counted: 'tthc' }), fig({}, { counted: 'dich-vu-cong' }), 'up').reason).toBe(
      'khác đối tượng được đếm: thủ tục hành chính / dịch vụ công',
    );
    expect(compareWithReference(fig({}, { counted: 'thue-bao' }), fig({}, { counted: 'ho-gia-dinh' }), 'up').verdict).toBe('not-comparable');
  });
  it('dossiers over different totals are not comparable (denominator)', () => {
    expect(
      compareWithReference(
        fig({}, { counted: 'ho-so', denominator: 'hồ sơ của dịch vụ công có phát sinh hồ sơ' }),
        fig({}, { counted: 'ho-so', denominator: 'tổng số hồ sơ' }),
        'up',
      ).reason,
    ).toBe('khác mẫu số: hồ sơ của dịch vụ công có phát sinh hồ sơ / tổng số hồ sơ');
  });
  it('eligible procedures are not all procedures (scope)', () => {
    expect(compareWithReference(fig({}, { counted: 'tthc', scope: 'eligible' }), fig({}, { counted: 'tthc', scope: 'all' }), 'up').reason).toBe(
      'khác phạm vi: đủ điều kiện / tất cả',
    );
  });
  it('a district-level figure is not a provincial one (level)', () => {
    expect(compareWithReference(fig({}, { level: 'huyen' }), fig({}, { level: 'tinh' }), 'up').reason).toBe('khác cấp: cấp huyện / cấp tỉnh');
  });
  it('a share of GRDP is not a share of GDP (base)', () => {
    expect(compareWithReference(fig({}, { base: 'GRDP' }), fig({}, { base: 'GDP' }), 'up').reason).toBe('khác cơ sở tính: GRDP (tỉnh) / GDP (cả nước)');
  });
  it('different units are not comparable', () => {
    expect(compareWithReference(fig({ unit: 'count' }), fig(), 'up').reason).toBe('khác đơn vị: số lượng / %');
  });
  it('lists every difference, not only the first', () => {
    expect(dimensionDifferences(dims({ counted: 'tthc', scope: 'eligible' }), dims({ counted: 'dich-vu-cong' }))).toHaveLength(2);
  });
  it('when every dimension matches, says higher, equal or lower', () => {
    expect(compareWithReference(fig({ value: 90 }), fig(), 'up').verdict).toBe('higher');
    expect(compareWithReference(fig(), fig(), 'up').verdict).toBe('equal');
    expect(compareWithReference(fig({ value: 70 }), fig(), 'up').verdict).toBe('lower');
  });
  it('"trên 80%" is higher than "80%", and "80%" lower than "trên 80%"', () => {
    expect(compareWithReference(fig({ comparator: '>' }), fig(), 'up').verdict).toBe('higher');
    expect(compareWithReference(fig(), fig({ comparator: '>' }), 'up').verdict).toBe('lower');
  });
  it("a record inherits its indicator's dimensions and overrides where it differs; its own level wins", () => {
    expect(effectiveDimensions({ dimensions: dims() }, { dimensions: { counted: 'tu-15-tuoi' }, level: 'xa' })).toEqual(
      dims({ counted: 'tu-15-tuoi', level: 'xa' }),
    );
  });
});

describe('choosing national references by dimensions, not by order', () => {
  const n749 = { id: 'n749', ...fig({ value: 50, comparator: '>' }) };
  const n411 = { id: 'n411', ...fig({}, { counted: 'tu-15-tuoi' }) };
  it('the like-for-like reference comes first, whatever the order of the data', () => {
    const out = verdictsAgainst(fig({}, { counted: 'tu-15-tuoi' }), [n749, n411], 'up');
    expect(out.map((o) => [o.reference?.id, o.verdict])).toEqual([
      ['n411', 'equal'],
      ['n749', 'not-comparable'],
    ]);
  });
  it('a reference for another administrative level is left out when one for the same level exists', () => {
    const refs = [
      { id: 'tinh', ...fig({ value: 90 }, { level: 'tinh' }) },
      { id: 'huyen', ...fig({ value: 80 }, { level: 'huyen' }) },
    ];
    expect(verdictsAgainst(fig({}, { level: 'huyen' }), refs, 'up').map((o) => o.reference?.id)).toEqual(['huyen']);
  });
  it('no reference in the year gives "no-reference" with the reason', () => {
    expect(verdictsAgainst(fig(), [], 'up')).toEqual([
      { reference: null, verdict: 'no-reference', reason: 'không có chỉ tiêu quốc gia cùng chỉ số trong năm này', reasons: [{ code: 'no-reference' }] },
    ]);
  });
});
