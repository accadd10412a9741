import { describe, expect, it } from 'vitest';
import { columnDocsOfFields } from '../../src/lib/data/dictionary.ts';
import { tableDefinitions } from '../../src/lib/data/package.ts';
import { getContent } from '../../src/lib/content/index.ts';
import { subjectIsVietnamese, wordFinding, type FindingFacts } from '../../src/lib/consistency/words.ts';

const content = getContent();

describe('the English data dictionary', () => {
  it('reads each column from the Table Schema of the data package, with its type, allowed values and whether it may be empty', () => {
    const docs = columnDocsOfFields([
      { name: 'unit', type: 'string', description: 'Unit.', constraints: { required: false, enum: ['percent', 'count'] } },
      { name: 'url', type: 'string', format: 'uri', description: 'Link.', constraints: { required: true } },
      { name: 'uncertain', type: 'boolean', description: 'Flag.', constraints: { required: true } },
    ]);
    expect(docs).toEqual([
      { name: 'unit', type: 'string: percent, count, or empty', meaning: 'Unit.' },
      { name: 'url', type: 'string (URL)', meaning: 'Link.' },
      { name: 'uncertain', type: 'boolean', meaning: 'Flag.' },
    ]);
  });
  it('documents every column of every published table', () => {
    for (const def of tableDefinitions(content)) {
      const docs = columnDocsOfFields(def.fields);
      expect(docs.map((d) => d.name)).toEqual(def.fields.map((f) => f.name));
      for (const d of docs) expect(d.meaning.length, `${def.name}.${d.name}`).toBeGreaterThan(0);
    }
  });
});

describe('consistency findings in both editions', () => {
  const cases: FindingFacts[] = [
    { kind: 'sum', topic: 'Điểm cầu', parts: ['04', '22'], computed: 26, total: '27' },
    { kind: 'ratio', topic: 'Tỷ lệ', numerator: '5', denominator: '8', computed: 62.5, printed: '60%' },
    { kind: 'table-sum', topic: 'Phụ lục 4', column: 'Tổng mức', rows: 3, group: 'I', computed: 1234.5, unreadable: 1, printed: '1.200' },
    { kind: 'status', printed: 'dat', value: 6.17, percent: true, comparator: '≥', target: 10, targetPercent: true },
    { kind: 'date', type: 'Quyết định', number: '749/QĐ-TTg', dates: ['2020-06-03', '2020-06-30'] },
  ];
  it('words each finding in Vietnamese exactly as the notes have always read', () => {
    expect(cases.map((f) => wordFinding(f, 'vi'))).toEqual([
      { subject: 'Điểm cầu', summary: '04 + 22 = 26; văn bản in tổng 27.' },
      { subject: 'Tỷ lệ', summary: '5 / 8 = 62,5%; văn bản in 60%.' },
      { subject: 'Phụ lục 4: cột “Tổng mức”', summary: '3 dòng của nhóm “I” cộng lại 1.234,5 (1 ô không đọc được số); văn bản in 1.200.' },
      { subject: 'Đánh giá “ĐẠT” so với chỉ tiêu', summary: 'Văn bản ghi ĐẠT với 6,17%, nhưng chỉ tiêu là ≥ 10%.' },
      { subject: 'Ngày của quyết định số 749/QĐ-TTg', summary: 'Cùng một văn bản 749/QĐ-TTg được ghi với 2 ngày khác nhau: 03/06/2020, 30/06/2020.' },
    ]);
  });
  it('words each finding in English, with English numbers and dates and the printed figures as printed', () => {
    const en = cases.map((f) => wordFinding(f, 'en'));
    expect(en[2]!.summary).toBe('The 3 rows of the group “I” add up to 1,234.5 (1 cells with no readable figure); the document prints 1.200.');
    expect(en[3]!.summary).toBe('The document says ĐẠT for 6.17%, but the target is ≥ 10%.');
    expect(en[4]!.summary).toBe('The same document 749/QĐ-TTg is given 2 different dates: 3 June 2020, 30 June 2020.');
    for (const w of en) expect(w.summary).not.toMatch(/văn bản|dòng của|được ghi/);
  });
  it('marks as Vietnamese only the subjects that are the documents’ own words', () => {
    expect(cases.map(subjectIsVietnamese)).toEqual([true, true, true, false, false]);
  });
});
