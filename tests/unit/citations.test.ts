import { describe, expect, it } from 'vitest';
import { citationRef, findCitations } from '../../src/lib/citations.ts';

describe('cited documents', () => {
  it('recognises the number forms Vietnamese documents use', () => {
    expect(
      findCitations('Quyết định số 749/QĐ-TTg ngày 03/6/2020, Nghị định 42/2022/NĐ-CP, Nghị quyết 52-NQ/TW, Chương trình 52-CTr/TU, Thông tư 03/2017/TT-BTTTT'),
    ).toEqual(['749/QĐ-TTg', '42/2022/NĐ-CP', '52-NQ/TW', '52-CTr/TU', '03/2017/TT-BTTTT']);
  });
  it('does not take dates or ratios for numbers', () => {
    expect(findCitations('ngày 03/6/2020, đạt 883/1.698 thủ tục, 34/63 tỉnh')).toEqual([]);
  });
  it('treats national numbers as one document everywhere and provincial ones per province', () => {
    expect(citationRef('749/QĐ-TTg', 'tra-vinh')).toMatchObject({ scope: 'trung-uong', slug: '749-qd-ttg', type: 'Quyết định' });
    expect(citationRef('370/KH-UBND', 'tien-giang')).toMatchObject({ scope: 'dia-phuong', slug: '370-kh-ubnd-tien-giang', type: 'Kế hoạch' });
    expect(citationRef('42/2022/NĐ-CP', 'ha-tien')).toMatchObject({ scope: 'trung-uong', type: 'Nghị định' });
  });
});
