import { describe, expect, it } from 'vitest';
import { quotedVietnamese, REASON_CODES, splitQuoted, wordReason, wordReasons, type Reason } from '../../src/lib/compare/reasons.ts';
import { STRINGS } from '../../src/i18n/index.ts';
import { BASES, COUNTED, LEVELS, SCOPES } from '../../src/schemas/comparability.ts';
import { UNITS } from '../../src/schemas/indicator.ts';
import { computeStatus, disagreementReason, statusDisagreement, statusReason } from '../../src/lib/data/status.ts';
import { resultReasonOf, resultRows } from '../../src/lib/data/dataset.ts';
import { getContent } from '../../src/lib/content/index.ts';

/** One reason of each code, with parameters that reach every branch of its wording. */
const SAMPLES: Reason[] = [
  { code: 'unit', local: 'count', national: null },
  { code: 'result-unit', result: null, target: 'percent' },
  { code: 'population', local: 'tu-15-tuoi', national: 'toan-dan' },
  { code: 'counted', local: 'tthc', national: 'dich-vu-cong' },
  { code: 'denominator', local: 'tổng số hồ sơ', national: null },
  { code: 'scope', local: 'eligible', national: 'all' },
  { code: 'level', local: 'huyen', national: null },
  { code: 'base', local: 'GRDP', national: 'GDP' },
  { code: 'no-figure' },
  { code: 'no-result-figure' },
  { code: 'no-reference' },
  { code: 'figure', relation: 'below', value: 6.17, unit: 'percent', target: 10, targetUnit: 'percent', rank: false },
  {
    code: 'printed-contradicts',
    printed: 'dat',
    reason: { code: 'figure', relation: 'above', value: 25, unit: 'rank', target: 20, targetUnit: 'rank', rank: true },
  },
];

describe('reasons as codes, worded in each edition', () => {
  it('has a sample of every reason code, so each is checked below', () => {
    expect(SAMPLES.map((r) => r.code).sort()).toEqual([...REASON_CODES].sort());
  });
  it('words each reason code in both languages, with no placeholder left', () => {
    for (const r of SAMPLES)
      for (const lang of ['vi', 'en'] as const) {
        const text = wordReason(r, lang);
        expect(text.length, `${r.code} (${lang})`).toBeGreaterThan(0);
        expect(text, `${r.code} (${lang})`).not.toMatch(/[{}]/);
      }
  });
  it('words the reasons in Vietnamese exactly as the dataset has always published them', () => {
    expect(SAMPLES.map((r) => wordReason(r, 'vi'))).toEqual([
      'khác đơn vị: số lượng / không nêu',
      'khác đơn vị: không rõ / %',
      'khác nhóm dân số: 15 tuổi trở lên / toàn dân',
      'khác đối tượng được đếm: thủ tục hành chính / dịch vụ công',
      'khác mẫu số: tổng số hồ sơ / toàn bộ',
      'khác phạm vi: đủ điều kiện / tất cả',
      'khác cấp: cấp huyện / không nêu',
      'khác cơ sở tính: GRDP (tỉnh) / GDP (cả nước)',
      'chỉ tiêu không nêu con số',
      'kết quả không nêu con số',
      'không có chỉ tiêu quốc gia cùng chỉ số trong năm này',
      'số liệu 6,17% thấp hơn chỉ tiêu 10%',
      'Văn bản ghi ĐẠT; số liệu 25 cao hơn chỉ tiêu nhóm 20',
    ]);
  });
  it('words them in English with English numbers, for the English pages', () => {
    expect(wordReason(SAMPLES[2]!, 'en')).toBe('different populations: people aged 15 and over / the whole population');
    expect(wordReason(SAMPLES[11]!, 'en')).toBe('the figure 6.17% is below the target 10%');
    expect(wordReason(SAMPLES[12]!, 'en')).toBe('The document says ĐẠT; the figure 25 is above the target top 20');
    expect(wordReasons([SAMPLES[5]!, SAMPLES[8]!], 'en')).toBe('different scopes: eligible only / all; the target gives no figure');
    expect(wordReasons([], 'en')).toBeNull();
  });
  it('labels each dimension value in Vietnamese with the words of the schema', () => {
    const vi = STRINGS.vi as Record<string, string>;
    for (const [map, prefix] of [
      [COUNTED, 'dim.counted'],
      [SCOPES, 'dim.scope'],
      [LEVELS, 'dim.level'],
      [BASES, 'dim.base'],
      [UNITS, 'dim.unit'],
    ] as const)
      for (const [k, v] of Object.entries(map)) expect(vi[`${prefix}.${k}`], `${prefix}.${k}`).toBe(v);
  });
});

describe('the status of a result as a reason code', () => {
  const target = { comparator: '≥' as const, value: 10, value_max: null, unit: 'percent' as const };
  it('gives the same status as computeStatus, and its Vietnamese wording is computeStatus’s reason', () => {
    for (const value of [6.17, 10, 12, null]) {
      const coded = statusReason({ value, unit: 'percent' }, target);
      const worded = computeStatus({ value, unit: 'percent' }, target);
      expect(coded.status).toBe(worded.status);
      expect(wordReason(coded.why, 'vi')).toBe(worded.reason);
    }
  });
  it('flags a printed status the figures contradict, worded as statusDisagreement words it', () => {
    const coded = disagreementReason('dat', statusReason({ value: 6.17, unit: 'percent' }, target));
    expect(wordReason(coded!, 'vi')).toBe(statusDisagreement('dat', computeStatus({ value: 6.17, unit: 'percent' }, target)));
    expect(disagreementReason('dat', statusReason({ value: 12, unit: 'percent' }, target))).toBeNull();
  });
  it('words every result of the site in Vietnamese exactly as its published status_reason and status_flag', () => {
    const content = getContent();
    for (const row of resultRows(content)) {
      const codes = resultReasonOf(content, row.id)!;
      expect(codes.reason ? wordReason(codes.reason, 'vi') : null, row.id).toBe(row.status_reason);
      expect(codes.flag ? wordReason(codes.flag, 'vi') : null, row.id).toBe(row.status_flag);
    }
  });
});

describe('words quoted from the Vietnamese data inside an English reason', () => {
  const denominator: Reason = { code: 'denominator', local: 'báo cáo của địa phương', national: null };
  it('names a denominator as reviewers wrote it, and the printed ĐẠT of a contradicted status', () => {
    expect(quotedVietnamese(denominator)).toEqual(['báo cáo của địa phương']);
    expect(quotedVietnamese({ code: 'printed-contradicts', printed: 'dat', reason: denominator })).toEqual(['ĐẠT', 'báo cáo của địa phương']);
    expect(quotedVietnamese({ code: 'no-reference' })).toEqual([]);
  });
  it('cuts an English reason into runs with only the quoted Vietnamese marked', () => {
    const text = wordReason({ code: 'printed-contradicts', printed: 'dat', reason: denominator }, 'en');
    const runs = splitQuoted(text, quotedVietnamese({ code: 'printed-contradicts', printed: 'dat', reason: denominator }));
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.filter((r) => r.quoted).map((r) => r.text)).toEqual(['ĐẠT', 'báo cáo của địa phương']);
  });
  it('leaves a reason without quoted words as one unmarked run, and reads regular-expression characters literally', () => {
    expect(splitQuoted('different units: % / persons', [])).toEqual([{ text: 'different units: % / persons', quoted: false }]);
    expect(splitQuoted('a (b) c', ['(b)'])).toEqual([
      { text: 'a ', quoted: false },
      { text: '(b)', quoted: true },
      { text: ' c', quoted: false },
    ]);
  });
});
