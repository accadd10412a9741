import { describe, expect, it } from 'vitest';
import { getContent } from '../../src/lib/content/index.ts';
import { resultRows, targetRows } from '../../src/lib/data/dataset.ts';
import { resultRowSchema, targetRowSchema } from '../../src/schemas/dataset-row.ts';
import { statusVerdictSchema } from '../../src/schemas/computed-status.ts';
import { computeStatus } from '../../src/lib/data/status.ts';

describe('published dataset rows', () => {
  const content = getContent();

  it('every target row matches the target row schema, with no field missing or extra', () => {
    for (const row of targetRows(content)) expect(targetRowSchema.safeParse(row).error?.issues ?? [], row.id).toEqual([]);
  });

  it('every result row matches the result row schema, with no field missing or extra', () => {
    for (const row of resultRows(content)) expect(resultRowSchema.safeParse(row).error?.issues ?? [], row.id).toEqual([]);
  });

  it('a computed status is a verdict the schema accepts', () => {
    const verdict = computeStatus({ value: 6.17, unit: 'percent' }, { comparator: '≥', value: 10, value_max: null, unit: 'percent' });
    expect(statusVerdictSchema.parse(verdict)).toEqual({ status: 'not-met', reason: expect.any(String) });
  });

  it('a row with an unknown computed status is refused', () => {
    const row = resultRows(content).find((r) => r.status_computed !== null)!;
    expect(resultRowSchema.safeParse({ ...row, status_computed: 'maybe' }).success).toBe(false);
  });
});
