/**
 * Rows of the open dataset as published (/data/targets.*, /data/results.*; src/lib/data/dataset.ts
 * builds them). Field names of target rows are the public contract (issue #8); do not rename them.
 */
import { z } from 'zod';
import { comparatorSchema, printedStatusSchema } from './target.ts';
import { unitSchema } from './indicator.ts';
import { dimensionsSchema } from './comparability.ts';
import { computedStatusSchema } from './computed-status.ts';

/** Fields every published record has: where it stands and what it is about. */
const recordRowSchema = z.object({
  id: z.string(),
  locality: z.string(),
  locality_name: z.string(),
  document: z.string(),
  document_number: z.string().nullable(),
  /** Every pillar and sector of the record: its section's (and ancestors') tags, or its own override. */
  pillar: z.array(z.string()),
  sector: z.array(z.string()),
  /** True for a composite index (DTI, rankings): it has no pillar by design. */
  composite_index: z.boolean(),
  indicator: z.string().nullable(),
  text: z.string(),
  value: z.number().nullable(),
  unit: unitSchema.nullable(),
  year: z.number().int().nullable(),
  url: z.string(),
  /** Reviewer's caveat (uncertain reading, printed arithmetic that does not add up ...). */
  note: z.string().nullable(),
  /** True when the figure itself sits inside an uncertain OCR reading (<Uncertain>). */
  uncertain: z.boolean(),
  /** Not in the public field list but useful to readers: the document's type and title, the anchor. */
  document_type: z.string(),
  anchor: z.string(),
});

export const targetRowSchema = recordRowSchema
  .extend({
    comparator: comparatorSchema,
    value_max: z.number().nullable(),
    level: dimensionsSchema.shape.level,
    /** What the figure counts (its indicator's dimensions, with the record's overrides); null without an indicator. */
    counted: dimensionsSchema.shape.counted.nullable(),
    denominator: dimensionsSchema.shape.denominator,
    scope: dimensionsSchema.shape.scope.nullable(),
    base: dimensionsSchema.shape.base,
  })
  .strict();
export type TargetRow = z.infer<typeof targetRowSchema>;

export const resultRowSchema = recordRowSchema
  .extend({
    target: z.string().nullable(),
    /** What the document prints: ĐẠT, CHƯA ĐẠT, or null. */
    status_printed: printedStatusSchema.nullable(),
    /** Worked out from the value, the comparator and the target (src/lib/data/status.ts); null without a target. */
    status_computed: computedStatusSchema.nullable(),
    /** Why status_computed is what it is, in Vietnamese. */
    status_reason: z.string().nullable(),
    /** Shown when the printed status contradicts the figures: "Văn bản ghi ĐẠT; số liệu 6,17% thấp hơn chỉ tiêu 10%". */
    status_flag: z.string().nullable(),
  })
  .strict();
export type ResultRow = z.infer<typeof resultRowSchema>;
