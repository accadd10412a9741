import { describe, expect, it } from 'vitest';
import { columnDocsOfFields } from '../../src/lib/data/dictionary.ts';
import { tableDefinitions } from '../../src/lib/data/package.ts';
import { getContent } from '../../src/lib/content/index.ts';

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
    for (const def of tableDefinitions(getContent())) {
      const docs = columnDocsOfFields(def.fields);
      expect(docs.map((d) => d.name)).toEqual(def.fields.map((f) => f.name));
      for (const d of docs) expect(d.meaning.length, `${def.name}.${d.name}`).toBeGreaterThan(0);
    }
  });
});
