import { describe, expect, it } from 'vitest';
import { alterFigures, alteredValue, figuresOf, numbersIn, scaleNumber } from '../lib/scale/figures.ts';
import { inventedName, namePairs, renameRestored, renameSource, syntheticProvince } from '../lib/scale/names.ts';

describe('synthetic corpus: figures', () => {
  it('scales a number and keeps how it is printed (decimal comma, thousands dot)', () => {
    expect(scaleNumber('80', 0.9)).toMatch(/^\d+$/);
    expect(scaleNumber('54,7', 1.1)).toMatch(/^\d+,\d$/);
    expect(scaleNumber('1.133', 1.1)).toMatch(/^\d\.\d{3}$/);
  });
  it('does not take dates or document numbers for figures', () => {
    expect(numbersIn('ngày 03/6/2020 theo Quyết định 749/QĐ-TTg, đạt 80%').map((n) => n.value)).toEqual(['80']);
  });
  it('alters a figure in the sentence and in its record by the same factor', () => {
    const text = 'đến năm 2025, tỷ lệ hồ sơ trực tuyến đạt 80%';
    const figures = figuresOf([{ text, value: 80 }]);
    const altered = alterFigures(text, figures, 0.9);
    const value = alteredValue(80, text, figures, 0.9);
    expect(altered).not.toBe(text);
    expect(altered).toContain('năm 2025'); // years stay, so comparisons by year still work
    expect(altered).toContain(`${value}%`);
  });
});

describe('synthetic corpus: names', () => {
  it('invents the same names for the same province every time', () => {
    expect(syntheticProvince(7)).toEqual(syntheticProvince(7));
    expect(inventedName(syntheticProvince(7), 'province')).not.toBe(inventedName(syntheticProvince(8), 'province'));
  });
  it('replaces a real place everywhere, in the restored text and in the undiacritized OCR', () => {
    const pairs = namePairs(syntheticProvince(3), [{ name: 'Tiền Giang', role: 'province' }]);
    const invented = pairs.find((p) => p.real === 'Tiền Giang')!.invented;
    expect(renameRestored('Tỉnh ủy Tiền Giang', pairs)).toBe(`Tỉnh ủy ${invented}`);
    expect(renameSource('Tinh uy TIEN GIANG', pairs)).not.toMatch(/TIEN GIANG/i);
  });
});
