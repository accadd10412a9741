import { describe, expect, it } from 'vitest';
import { fieldValue, splitUncertain, uncertainFieldProblems } from '../../src/lib/document/uncertain-fields.ts';

const meta = { signature: { authority: 'KT. CHỦ TỊCH', name: null }, related: ['Kế hoạch số 274/KH-UBND ngày 30 tháng 12 năm 2022'] };

describe('uncertain readings in frontmatter fields', () => {
  it('finds a field by its dotted path, list items by index', () => {
    expect(fieldValue(meta, 'signature.authority')).toBe('KT. CHỦ TỊCH');
    expect(fieldValue(meta, 'related.0')).toMatch(/^Kế hoạch/);
    expect(fieldValue(meta, 'related.3')).toBeUndefined();
  });
  it('cuts the field so only the uncertain part carries the marker and its OCR', () => {
    expect(splitUncertain('KT. CHỦ TỊCH', 'signature.authority', [{ field: 'signature.authority', reading: 'KT.', ocr: 'lll,' }])).toEqual([
      { text: 'KT.', ocr: 'lll,' },
      { text: ' CHỦ TỊCH' },
    ]);
    expect(splitUncertain('KT. CHỦ TỊCH', 'signature.role', [{ field: 'signature.authority', reading: 'KT.', ocr: 'lll,' }])).toEqual([
      { text: 'KT. CHỦ TỊCH' },
    ]);
  });
  it('rejects a reading that is not in its field, and a path that is not a text field', () => {
    const problems = uncertainFieldProblems(meta, [
      { field: 'related.0', reading: '247/KH-UBND', ocr: 'ZIq' },
      { field: 'signature.name', reading: 'Võ', ocr: '0' },
    ]);
    expect(problems.map((p) => p.index)).toEqual([0, 1]);
    expect(problems[0].message).toContain('reading "247/KH-UBND" does not occur in related.0');
    expect(problems[1].message).toContain('field "signature.name" is not a text field');
  });
});
