import { describe, expect, it } from 'vitest';
import { fold, isNFC, slugify, stripDiacritics } from '../../src/lib/text/fold.ts';
import { toneConventionViolations } from '../../src/lib/text/tone.ts';

describe('text folding', () => {
  it('removes tone marks and maps đ to d', () => {
    expect(stripDiacritics('Đường chuyển đổi số')).toBe('Duong chuyen doi so');
    expect(fold('  Chuyển   ĐỔI số ')).toBe('chuyen doi so');
  });
  it('makes ASCII slugs from Vietnamese titles', () => {
    expect(slugify('Hà Tiên')).toBe('ha-tien');
    expect(slugify('I. MỤC ĐÍCH, YÊU CẦU')).toBe('i-muc-dich-yeu-cau');
    expect(slugify('2.1. Đổi mới tư duy')).toBe('2-1-doi-moi-tu-duy');
  });
  it('tells NFC from decomposed text', () => {
    expect(isNFC('Tiền Giang')).toBe(true);
    expect(isNFC('Tiền Giang'.normalize('NFD'))).toBe(false);
  });
});

describe('tone-mark convention', () => {
  it('accepts hòa, thủy, Ủy, hoàn, quý', () => {
    expect(toneConventionViolations('hòa khỏe thủy Ủy ban hoàn thuyền quý quỳ')).toEqual([]);
  });
  it('flags hoà, thuỷ, Uỷ with the fix and line', () => {
    expect(toneConventionViolations('văn hoá\nthuỷ lợi, Uỷ ban')).toEqual([
      { word: 'hoá', fix: 'hóa', line: 1 },
      { word: 'thuỷ', fix: 'thủy', line: 2 },
      { word: 'Uỷ', fix: 'Ủy', line: 2 },
    ]);
  });
});
