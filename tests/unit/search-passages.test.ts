import { describe, expect, it } from 'vitest';
import { documentBody, extractPassages } from '../../src/lib/search/passages.ts';
import { passageId } from '../../src/lib/markdown/passage-ids.mjs';
import { stripDVariants, withIndexVariants, withNumberVariants } from '../../src/lib/search/d-variants.ts';
import { orderByMatch } from '../../src/lib/search/rank.ts';

const PAGE = `<html><body><article class="doc"><h1>Kế hoạch</h1><div class="doc-body">
<p id="mo-dau--1">Thực hiện Nghị quyết 04-NQ/TU<sup><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup>, Ủy ban ban hành:</p>
<h2 id="i-muc-tieu">I. MỤC TIÊU</h2>
<h3 id="a-xa-hoi-so">a) Xã hội số</h3>
<ul><li id="a-xa-hoi-so--1"><mark class="mark" id="dt-x">100% dân số có hồ sơ sức khỏe điện tử<a class="mark__link" data-pagefind-ignore href="#dt-x">#</a></mark>;
<ul><li id="a-xa-hoi-so--2">lồng trong mục trên</li></ul></li></ul>
<h2 id="phu-luc">Phụ lục</h2>
<section class="table-scroll"><table><thead><tr><th>Stt</th><th>Nội dung nhiệm vụ</th><th>Ghi chú</th></tr></thead>
<tbody><tr id="phu-luc--1"><td>11.4</td><td>Thu gom rác thải theo <abbr title="x">thời gian thực</abbr><span class="sr-only" data-pagefind-ignore> (giải thích)</span></td><td></td></tr></tbody></table></section>
<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">Chú thích</h2><ol><li id="fn-1"><p>Ban hành ngày 31/12/2021 <a href="#fnref-1" data-footnote-backref class="data-footnote-backref">↩</a></p></li></ol></section>
</div></article><div class="signature" id="chu-ky"><p>KT. CHỦ TỊCH</p></div></body></html>`;

describe('passages of a document page', () => {
  const passages = extractPassages(documentBody(PAGE));
  it('finds each paragraph, list item, table body row and footnote once, in page order', () => {
    expect(passages.map((p) => [p.id, p.kind])).toEqual([
      ['mo-dau--1', 'paragraph'],
      ['a-xa-hoi-so--1', 'list-item'],
      ['a-xa-hoi-so--2', 'list-item'],
      ['phu-luc--1', 'table-row'],
      ['fn-1', 'footnote'],
    ]);
  });
  it('keeps the text a reader sees, without link icons, screen-reader glosses or footnote numbers', () => {
    expect(passages[0].text).toBe('Thực hiện Nghị quyết 04-NQ/TU, Ủy ban ban hành:');
    expect(passages[1].text).toBe('100% dân số có hồ sơ sức khỏe điện tử;');
    expect(passages[4].text).toBe('Ban hành ngày 31/12/2021');
  });
  it('gives a table row its column names and leaves empty cells out', () => {
    expect(passages[3].text).toBe('Stt: 11.4 · Nội dung nhiệm vụ: Thu gom rác thải theo thời gian thực');
  });
  it('gives each passage the path of headings above it', () => {
    expect(passages[1].headings.map((h) => h.text)).toEqual(['I. MỤC TIÊU', 'a) Xã hội số']);
    expect(passages[3].headings.map((h) => h.id)).toEqual(['phu-luc']);
    expect(passages[0].headings).toEqual([]);
  });
  it('leaves the signature and everything outside the document body out', () => {
    expect(passages.some((p) => p.text.includes('CHỦ TỊCH'))).toBe(false);
  });
  it('names a passage by its section and its place there', () => {
    expect(passageId('ii-nhiem-vu', 3)).toBe('ii-nhiem-vu--3');
    expect(passageId(null, 1)).toBe('mo-dau--1');
  });
});

describe('index-only number variants', () => {
  it('adds each separated number without its separators and with the other decimal mark', () => {
    expect(withNumberVariants('chiếm 51,45%, với 8.123 thành viên')).toBe('chiếm 51,45%, ~5145~ ~51.45~ với 8.123 ~8123~ ~8,123~ thành viên');
  });
  it('leaves plain numbers, dates and document numbers alone', () => {
    expect(withNumberVariants('ngày 27/9/2019, 1780/QĐ-UBND, năm 2025')).toBe('ngày 27/9/2019, 1780/QĐ-UBND, năm 2025');
  });
  it('combines with the đ variants, and the search page strips both from excerpts', () => {
    const indexed = withIndexVariants('đạt 8.123 hồ sơ');
    expect(indexed).toBe('đạt ~dạt~ 8.123 ~8123~ ~8,123~ hồ sơ');
    expect(stripDVariants(indexed)).toBe('đạt 8.123 hồ sơ');
  });
});

describe('passage-first ordering', () => {
  it('puts passages before sections before documents when the phrase matches equally', () => {
    const out = orderByMatch('thu gom rac', [
      { item: 'document', text: 'Thu gom rác', isRecord: false, tier: 3 },
      { item: 'section', text: 'Thu gom rác', isRecord: false, tier: 2 },
      { item: 'passage', text: 'thu gom rác thải', isRecord: false, tier: 1 },
    ]);
    expect(out).toEqual(['passage', 'section', 'document']);
  });
  it('lifts a phrase match over a passage that only has the words apart', () => {
    const out = orderByMatch('thoi gian thuc', [
      { item: 'apart', text: 'thực hiện đúng thời gian', isRecord: false, tier: 1 },
      { item: 'phrase', text: 'giám sát theo thời gian thực', isRecord: false, tier: 2 },
    ]);
    expect(out).toEqual(['phrase', 'apart']);
  });
  it('reads a phrase across punctuation between words', () => {
    const out = orderByMatch('tich hop chia se', [
      { item: 'other', text: 'chia sẻ và tích hợp', isRecord: false },
      { item: 'phrase', text: 'Nền tảng tích hợp, chia sẻ dữ liệu', isRecord: false },
    ]);
    expect(out).toEqual(['phrase', 'other']);
  });
});
