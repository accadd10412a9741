import { describe, expect, it } from 'vitest';
import { figureIsUncertain, recordTags, toCsv } from '../../src/lib/data/dataset.ts';
import { pillarRuleViolations } from '../../src/lib/data/review.ts';
import { parseDocument } from '../../src/lib/document/parse.ts';

const vocab = {
  pillars: [{ id: 'chinh-quyen-so' }, { id: 'xa-hoi-so' }, { id: 'an-toan-thong-tin' }],
  sectors: [{ id: 'y-te' }, { id: 'giao-duc' }],
} as Parameters<typeof recordTags>[0];

describe('tags of a record', () => {
  it('a record inherits every pillar and sector of its section, not only the first', () => {
    expect(recordTags(vocab, { pillars: ['xa-hoi-so', 'chinh-quyen-so'], sectors: ['giao-duc', 'y-te'] }, { pillar: null, sector: null })).toEqual({
      pillar: ['chinh-quyen-so', 'xa-hoi-so'],
      sector: ['y-te', 'giao-duc'],
    });
  });
  it("a record-level override replaces its section's tags", () => {
    expect(recordTags(vocab, { pillars: ['chinh-quyen-so'], sectors: ['giao-duc', 'y-te'] }, { pillar: ['an-toan-thong-tin'], sector: ['y-te'] })).toEqual({
      pillar: ['an-toan-thong-tin'],
      sector: ['y-te'],
    });
  });
  it('the CSV writes a list of tags as one cell separated by ";"', () => {
    expect(toCsv([{ id: 'a', sector: ['giao-duc', 'y-te'] }], ['id', 'sector'])).toBe('\uFEFFid,sector\r\na,giao-duc;y-te\r\n');
  });
});

describe('pillar rule', () => {
  const content = { targets: [], results: [] };
  it('a record without a pillar is reported, naming the record and the fix', () => {
    const [issue] = pillarRuleViolations(content, [{ id: 'tv09-x', pillar: [], composite_index: false, indicator: null }]);
    expect(issue.field).toBe('tv09-x.pillar');
    expect(issue.message).toContain('record has no pillar');
  });
  it('a composite index has no pillar by design, and carrying one is reported', () => {
    expect(pillarRuleViolations(content, [{ id: 'dti', pillar: [], composite_index: true, indicator: 'xep-hang-chuyen-doi-so' }])).toEqual([]);
    expect(
      pillarRuleViolations(content, [{ id: 'dti', pillar: ['chinh-quyen-so'], composite_index: true, indicator: 'xep-hang-chuyen-doi-so' }])[0].message,
    ).toContain('no pillar by design');
  });
});

describe('uncertain figures', () => {
  const doc = parseDocument('## A\n\n<Result id="r1">ĐẠT: Đạt <Uncertain ocr="D 1009">100%</Uncertain> hồ sơ, 12 đơn vị</Result>\n');
  const [mark] = doc.marks;
  it('a figure read from an uncertain OCR passage is flagged', () => {
    expect(figureIsUncertain(mark, 100)).toBe(true);
  });
  it('a figure outside the uncertain reading is not', () => {
    expect(figureIsUncertain(mark, 12)).toBe(false);
    expect(figureIsUncertain(mark, null)).toBe(false);
  });
});
