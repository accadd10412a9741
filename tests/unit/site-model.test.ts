import { describe, expect, it } from 'vitest';
import { siteModel } from '../../src/lib/content/model.ts';
import { editionOf } from '../../src/lib/edition.ts';
import { draftRecord } from '../../src/lib/ingest/review-root.ts';
import { targetRowOf, targetRows } from '../../src/lib/data/dataset.ts';
import { DOC_TYPES } from '../../src/schemas/document.ts';

describe('the site model answers what a linear search of the content would', () => {
  const model = siteModel();
  const { content } = model;

  it('finds a restored document by its printed number, a local number only in its own locality', () => {
    const doc = content.documents.find((d) => d.meta.number)!;
    const other = content.localities.find((l) => l.id !== doc.meta.locality)!;
    expect(model.documentNumbered(doc.meta.number!, 'dia-phuong', doc.meta.locality)).toBe(doc);
    expect(model.documentNumbered(doc.meta.number!, 'dia-phuong', other.id)).toBeUndefined();
    expect(model.documentNumbered(doc.meta.number!, 'trung-uong', null)).toBe(doc);
    expect(model.documentNumbered('999/KH-KHONG-CO', 'trung-uong', null)).toBeUndefined();
  });

  it('finds a target, a section and whether an indicator is a composite index', () => {
    for (const t of content.targets) expect(model.findTarget(t.id)).toBe(t);
    expect(model.findTarget('khong-co')).toBeUndefined();
    for (const doc of content.documents)
      for (const s of doc.parsed.sections) expect(model.section(doc, s.heading.id)).toBe(doc.parsed.sections.find((x) => x.heading.id === s.heading.id));
    for (const i of content.indicators) expect(model.isCompositeIndicator(i.id)).toBe(i.pillar === null);
    expect(model.isCompositeIndicator('khong-co')).toBe(false);
  });

  it('finds a published target row by its id, once per content', () => {
    const rows = targetRows(content);
    for (const r of rows) expect(targetRowOf(content, r.id)).toEqual(r);
    expect(targetRowOf(content, rows[0].id)).toBe(targetRowOf(content, rows[0].id));
    expect(targetRowOf(content, 'khong-co')).toBeUndefined();
  });

  it('labels a document by the Vietnamese name of its type, then its number', () => {
    for (const doc of content.documents) {
      expect(model.documentType(doc)).toBe(DOC_TYPES[doc.meta.docType]);
      expect(model.documentLabel(doc).startsWith(model.documentType(doc))).toBe(true);
    }
  });

  it('gives a page of each edition its own strings and URLs over the same content', () => {
    const vi = editionOf('vi');
    const en = editionOf('en');
    expect(vi.content).toBe(en.content);
    expect(vi.u.documents()).toBe('/van-ban/');
    expect(en.u.documents()).toBe('/en/van-ban/');
    expect(vi.s('nav.localities')).not.toBe(en.s('nav.localities'));
  });
});

describe('a drafted record', () => {
  it('carries the figure read from its mark, the year from its id and leaves every judgement null', () => {
    const target = draftRecord({ kind: 'target', id: 'tg1-2025-a', text: 'đạt 80%' }, null);
    expect(target).toMatchObject({ id: 'tg1-2025-a', anchor: 'tg1-2025-a', value: 80, unit: 'percent', year: 2025, indicator: null, pillar: null, note: null });
    const result = draftRecord({ kind: 'result', id: 'kq1-2024-a', text: 'đạt 80%' }, 'nháp');
    expect(Object.keys(result)).toEqual(['id', 'anchor', 'target', 'text', 'indicator', 'value', 'unit', 'year', 'status_printed', 'pillar', 'sector', 'note']);
    expect(result.note).toBe('nháp');
  });
});
