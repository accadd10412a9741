import { describe, expect, it } from 'vitest';
import { abbreviationVariants, dVariants, expandQuery } from '../../src/lib/search/expand.ts';

const glossary = [
  { term: 'DVCTT', expansion: 'dịch vụ công trực tuyến' },
  { term: 'TMĐT', expansion: 'thương mại điện tử' },
];

describe('search query expansion', () => {
  it('reads a word-initial d as đ, so "duong" also searches "đuong"', () => {
    expect(dVariants('duong')).toEqual(['duong', 'đuong']);
  });
  it('expands every d-initial word of "chuyen doi so"', () => {
    expect(dVariants('chuyen doi so')).toEqual(['chuyen doi so', 'chuyen đoi so']);
  });
  it('reads QD and ND in document numbers as QĐ and NĐ', () => {
    expect(dVariants('749/QD-TTg')).toContain('749/QĐ-TTg');
    expect(dVariants('42/2022/ND-CP')).toContain('42/2022/NĐ-CP');
  });
  it('never puts đ inside a syllable', () => {
    expect(dVariants('hoidong').every((v) => !v.slice(1).includes('đ'))).toBe(true);
  });
  it('searches an abbreviation as its expansion and the reverse, with or without diacritics', () => {
    expect(abbreviationVariants('DVCTT muc do 4', glossary)).toContain('dich vu cong truc tuyen muc do 4');
    expect(abbreviationVariants('dịch vụ công trực tuyến', glossary)).toContain('dvctt');
    expect(abbreviationVariants('san tmdt', glossary)).toContain('san thuong mai dien tu');
  });
  it('runs the query as typed first', () => {
    const q = expandQuery('Chuyển đổi số', glossary);
    expect(q[0]).toBe('Chuyển đổi số');
    expect(q).toHaveLength(1);
  });
});

describe('capitalised queries', () => {
  it('still read a capital D as Đ ("Dong Thap" → "Đong Thap")', () => {
    expect(expandQuery('chuyen doi so Dong Thap', [])).toContain('chuyen đoi so Đong Thap');
  });
});
