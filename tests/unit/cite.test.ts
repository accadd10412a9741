import { beforeAll, describe, expect, it } from 'vitest';
import { getContent } from '../../src/lib/content/index.ts';
import { targetRows } from '../../src/lib/data/dataset.ts';
import { citationFormats, parseCitation } from '../../src/lib/cite/formats.ts';
import {
  comparisonReference,
  documentReference,
  legalPortalLine,
  targetReference,
  VI_CITE_WORDING,
  type CiteContext,
} from '../../src/lib/cite/reference-items.ts';
import { buildDate } from '../../src/lib/build-date.ts';

const ctx: CiteContext = { site: 'https://example.test', accessed: '2026-12-04', datasetVersion: '1.0.0', datasetDate: '2026-11-22', lang: 'vi' };
const content = getContent();
const tg112 = content.documents.find((d) => d.slug === 'tien-giang-ke-hoach-112-kh-ubnd-2023')!;
const docItem = documentReference(tg112.slug, tg112.meta, `/van-ban/${tg112.slug}/`, ctx, { ...VI_CITE_WORDING, docType: 'Kế hoạch' });

// Loading Citation.js and its CSL engine takes seconds on a busy machine: once, before the tests.
beforeAll(() => {
  citationFormats(docItem);
}, 60_000);

describe('citations of a document', () => {
  it('name the issuing body, the number and the date as legal portals do', () => {
    expect(legalPortalLine(tg112.meta, { ...VI_CITE_WORDING, docType: 'Kế hoạch' })).toBe(
      'Kế hoạch số 112/KH-UBND ngày 31/03/2023 của Ủy ban nhân dân tỉnh Tiền Giang',
    );
    expect(docItem).toMatchObject({
      author: [{ literal: 'Ủy ban nhân dân tỉnh Tiền Giang' }],
      number: '112/KH-UBND',
      issued: { 'date-parts': [[2023, 3, 31]] },
    });
    const f = citationFormats(docItem);
    expect(f.apa).toContain('Ủy ban nhân dân tỉnh Tiền Giang. (2023)');
    expect(f.apa).toContain('112/KH-UBND');
    expect(f.chicago).toContain('Accessed December 4, 2026');
    expect(f.chicago).toContain('https://example.test/van-ban/tien-giang-ke-hoach-112-kh-ubnd-2023/');
    expect(f.chicago).toContain('March 31, 2023');
  });

  it('leave out what the document does not print', () => {
    expect(legalPortalLine({ number: null, issuedDate: null, issuer: 'Ủy ban nhân dân tỉnh Đồng Tháp' }, { ...VI_CITE_WORDING, docType: 'Kế hoạch' })).toBe(
      'Kế hoạch của Ủy ban nhân dân tỉnh Đồng Tháp',
    );
  });

  it('parse back from BibTeX with the same fields', () => {
    const [back] = parseCitation(citationFormats(docItem).bibtex);
    expect(back).toMatchObject({
      id: 'document-tien-giang-ke-hoach-112-kh-ubnd-2023',
      type: 'report',
      title: docItem.title,
      number: '112/KH-UBND',
      genre: 'Kế hoạch',
      publisher: docItem.publisher,
      URL: docItem.URL,
      issued: docItem.issued,
    });
    expect((back!.author as { family?: string; literal?: string }[])[0]).toSatisfy(
      (a: { family?: string; literal?: string }) => (a.literal ?? a.family) === docItem.author[0]!.literal,
    );
    expect(String(back!.note)).toContain('2026-12-04');
  });

  it('parse back from RIS with the same fields, the access date included', () => {
    const [back] = parseCitation(citationFormats(docItem).ris);
    expect(back).toMatchObject({
      type: 'report',
      title: docItem.title,
      number: '112/KH-UBND',
      publisher: docItem.publisher,
      URL: docItem.URL,
      issued: docItem.issued,
      accessed: docItem.accessed,
      author: docItem.author,
      language: 'vi',
    });
  });

  it('offer CSL-JSON that is the item itself', () => {
    expect(JSON.parse(citationFormats(docItem).cslJson)).toEqual([docItem]);
  });
});

describe('citations of records and comparisons', () => {
  it('cite a target record as a versioned dataset entry with its permalink', () => {
    const row = targetRows(content)[0]!;
    const item = targetReference(row, `/chi-tieu/${row.id}/`, ctx, VI_CITE_WORDING);
    const f = citationFormats(item);
    expect(f.chicago).toContain('Version 1.0.0');
    const [bib] = parseCitation(f.bibtex);
    expect(bib).toMatchObject({ title: item.title, URL: `https://example.test/chi-tieu/${row.id}/` });
    const [ris] = parseCitation(f.ris);
    expect(ris).toMatchObject({ title: item.title, URL: item.URL, accessed: item.accessed });
  });

  it('cite a comparison view by its year', () => {
    const item = comparisonReference(2025, '/so-sanh/2025/', ctx, VI_CITE_WORDING);
    expect(citationFormats(item).apa).toContain('2025');
    expect(citationFormats(item).apa).toContain('(2026)');
  });
});

describe('the build date', () => {
  it('comes from SOURCE_DATE_EPOCH when it is set, not the clock', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '1700000000' })).toBe('2023-11-14');
  });
  it('rejects a SOURCE_DATE_EPOCH that is not whole seconds', () => {
    expect(() => buildDate({ SOURCE_DATE_EPOCH: '2023-01-01' })).toThrow(/whole seconds/);
  });
  it('falls back to the last commit date in a checkout', () => {
    expect(buildDate({})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
