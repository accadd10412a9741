import { describe, expect, it } from 'vitest';
import { enhanceHtml } from '../../src/lib/html/enhance-text.ts';

const opts = {
  abbreviations: [
    { term: 'TTHC', expansion: 'thủ tục hành chính', id: 'tthc' },
    { term: 'DVC', expansion: 'dịch vụ công', id: 'dvc' },
    { term: 'DVCTT', expansion: 'dịch vụ công trực tuyến', id: 'dvctt' },
  ],
  citationHref: (n: string) => (n === '749/QĐ-TTg' ? '/van-ban-trich-dan/749-qd-ttg/' : null),
};

describe('text enhancement', () => {
  it('marks only the first use of each abbreviation on the page', () => {
    const out = enhanceHtml('<p>Hồ sơ TTHC.</p><p>Lại TTHC.</p>', opts);
    expect(out).toBe(
      '<p>Hồ sơ <abbr title="thủ tục hành chính">TTHC</abbr><span class="sr-only" data-pagefind-ignore> (thủ tục hành chính)</span>.</p><p>Lại TTHC.</p>',
    );
  });
  it('does not mistake a longer abbreviation for a shorter one', () => {
    const out = enhanceHtml('<p>Các DVCTT</p>', opts);
    expect(out).toContain('<abbr title="dịch vụ công trực tuyến">DVCTT</abbr>');
    expect(out).not.toContain('title="dịch vụ công"');
  });
  it('links cited document numbers', () => {
    expect(enhanceHtml('<li>Quyết định số 749/QĐ-TTg ngày 03/6/2020</li>', opts)).toBe(
      '<li>Quyết định số <a class="cite" href="/van-ban-trich-dan/749-qd-ttg/">749/QĐ-TTg</a> ngày 03/6/2020</li>',
    );
  });
  it('leaves links, code and attributes alone', () => {
    const html = '<a href="/x" title="TTHC">TTHC 749/QĐ-TTg</a><code>TTHC</code>';
    expect(enhanceHtml(html, opts)).toBe(html);
  });
  it('does not read "UBND" inside a document number as an abbreviation', () => {
    expect(enhanceHtml('<p>Số 112/KH-UBND</p>', { ...opts, abbreviations: [{ term: 'UBND', expansion: 'Ủy ban nhân dân', id: 'ubnd' }] })).toBe(
      '<p>Số 112/KH-UBND</p>',
    );
  });
});
