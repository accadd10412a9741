import { describe, expect, it } from 'vitest';
import { abbreviationVariants, expandQuery } from '../../src/lib/search/expand.ts';
import { dVariantToken, stripDVariants, withDVariants, withDVariantsInHtml } from '../../src/lib/search/d-variants.ts';

const glossary = [
  { term: 'DVCTT', expansion: 'dịch vụ công trực tuyến' },
  { term: 'TMĐT', expansion: 'thương mại điện tử' },
];

describe('search query expansion', () => {
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

describe('đ folded in the index', () => {
  it('gives every word with đ a variant token with đ read as d', () => {
    expect(dVariantToken('đổi')).toBe('~dổi~');
    expect(dVariantToken('749/QĐ-TTg')).toBe('~749/QD-TTg~');
    expect(dVariantToken('chuyển')).toBeNull();
  });
  it('adds the token right after the word, so "chuyen doi so" finds "chuyển đổi số"', () => {
    expect(withDVariants('Chuyển đổi số Đồng Tháp')).toBe('Chuyển đổi ~dổi~ số Đồng ~Dồng~ Tháp');
  });
  it('changes only the text of the page body, never tags, attributes, scripts or the head', () => {
    const html = '<html><head><title>Đồng Tháp</title></head><body><a href="/đ" title="đổi">đổi</a><script>var đ = 1</script><p>Đề án</p></body></html>';
    const out = withDVariantsInHtml(html);
    expect(out).toContain('<title>Đồng Tháp</title>');
    expect(out).toContain('<a href="/đ" title="đổi">đổi ~dổi~</a>');
    expect(out).toContain('<script>var đ = 1</script>');
    expect(out).toContain('<p>Đề ~Dề~ án</p>');
  });
  it('removes the tokens from excerpts and moves a highlight to the word the token stands for', () => {
    expect(stripDVariants('chuyển đổi <mark>~dổi~</mark> số')).toBe('chuyển <mark>đổi</mark> số');
    expect(stripDVariants('<mark>đổi</mark> <mark>~dổi~</mark> số')).toBe('<mark>đổi</mark> số');
    expect(stripDVariants('Đồng ~Dồng~ Tháp')).toBe('Đồng Tháp');
    expect(stripDVariants('~dổi~ số')).toBe('số');
  });
  it('round-trips: stripping the tokens gives back the original text', () => {
    const text = 'Đẩy mạnh chuyển đổi số, phát triển đô thị thông minh (Quyết định 749/QĐ-TTg).';
    expect(stripDVariants(withDVariants(text))).toBe(text);
  });
});

describe('queries', () => {
  it('are not rewritten for đ, which the index folds', () => {
    expect(expandQuery('chuyen doi so Dong Thap', [])).toEqual(['chuyen doi so Dong Thap']);
  });
});
