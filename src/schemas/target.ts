import { z } from 'zod';
import { asciiId, nfcText } from './common.ts';
import { unitSchema } from './indicator.ts';
import { dimensionOverridesSchema } from './comparability.ts';

/** How a target's figure is to be read. */
export const COMPARATORS = ['=', '>', '≥', '<', '≤', 'range', 'rank', 'qualitative'] as const;
export const comparatorSchema = z.enum(COMPARATORS);
export type Comparator = z.infer<typeof comparatorSchema>;

/**
 * Pillar and sector overrides of a record. null inherits every tag of the anchor's section (and
 * its ancestors); a list replaces them. `pillar: []` says "no pillar by design" and is only
 * allowed for a composite index (an indicator whose pillar is null: DTI, rankings).
 */
const tagOverrides = {
  /** Pillar ids replacing the section's; null inherits them all. */
  pillar: z.array(asciiId).nullable().default(null),
  /** Sector ids replacing the section's; null inherits them all. */
  sector: z.array(asciiId).nullable().default(null),
};

/** What a document prints about a result: ĐẠT, CHƯA ĐẠT, or nothing. */
export const printedStatusSchema = z.enum(['dat', 'chua-dat']);
export type PrintedStatus = z.infer<typeof printedStatusSchema>;

/** Administrative level a figure applies to, when the text states one. */
export const levelSchema = z.enum(['tinh', 'huyen', 'xa']);

/**
 * One quantitative target figure (content/data/targets/*.yaml). A sentence that sets several
 * figures (90% at tỉnh, 80% at huyện ...) gives one record per figure, all on the same anchor.
 */
export const targetRecordSchema = z
  .object({
    /** Stable record id: the anchor id, plus a suffix when one sentence gives several figures. */
    id: asciiId,
    /** Id of the <Target> mark in the restored document that carries the wording. */
    anchor: asciiId,
    /** The wording of this figure, verbatim as restored; must occur inside the anchor's text. */
    text: nfcText,
    /** Comparable indicator (content/vocab/indicators.yaml), or null when no indicator fits. */
    indicator: asciiId.nullable(),
    /** = exactly, > more than, ≥ at least, < / ≤ at most, range (value..value_max), rank (in the top `value`), qualitative (a marked target with no figure, e.g. "Hoàn thành"). */
    comparator: comparatorSchema,
    /** The figure (lower bound of a range; the group size or place of a rank); null only for qualitative targets. */
    value: z.number().nullable(),
    /** Upper bound of a range; null otherwise. */
    value_max: z.number().nullable(),
    /** Unit of value and value_max; null only for qualitative targets. */
    unit: unitSchema.nullable(),
    /** Year the target is due; null when the text gives none. */
    year: z.number().int().min(2000).max(2100).nullable(),
    /** Administrative level where stated (tỉnh, huyện, xã); null otherwise. */
    level: levelSchema.nullable(),
    ...tagOverrides,
    /** Where this figure counts something other than its indicator's default (population group, denominator, scope, base). */
    dimensions: dimensionOverridesSchema.default({}),
    /** Reviewer's note (how the figure was read, what is ambiguous). */
    note: nfcText.nullable().default(null),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.comparator === 'range' && (r.value_max === null || r.value === null || r.value_max <= r.value))
      ctx.addIssue({ code: 'custom', path: ['value_max'], message: 'a range needs value_max greater than value' });
    if (r.comparator !== 'range' && r.value_max !== null)
      ctx.addIssue({ code: 'custom', path: ['value_max'], message: 'value_max is only for comparator "range"; set it to null' });
    if (r.comparator === 'rank' && r.unit !== 'rank') ctx.addIssue({ code: 'custom', path: ['unit'], message: 'a "rank" target takes unit "rank"' });
    if ((r.comparator === 'qualitative') !== (r.value === null))
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'value is null exactly when comparator is "qualitative"' });
    if ((r.value === null) !== (r.unit === null)) ctx.addIssue({ code: 'custom', path: ['unit'], message: 'unit is null exactly when value is null' });
  });
export type TargetRecord = z.infer<typeof targetRecordSchema>;
/** A figure as a record reads it: comparator, value (and upper bound of a range), unit. */
export type Figure = Pick<TargetRecord, 'comparator' | 'value' | 'value_max' | 'unit'>;

/** One reported figure (a result achieved, or a baseline) (content/data/results/*.yaml). */
export const resultRecordSchema = z
  .object({
    /** Stable record id: the anchor id, plus a suffix when one clause reports several figures. */
    id: asciiId,
    /** Id of the <Result> mark carrying the wording. */
    anchor: asciiId,
    /** Target record this result answers, when the document pairs them (Phụ lục 1 of 112/KH-UBND); else null. */
    target: asciiId.nullable(),
    /** The wording of this figure, verbatim as restored; must occur inside the anchor's text. */
    text: nfcText,
    /** Comparable indicator, or null. */
    indicator: asciiId.nullable(),
    /** The reported figure; null when the document reports a status without a figure ("Hoàn thành"). */
    value: z.number().nullable(),
    /** Unit of value; null when value is null. */
    unit: unitSchema.nullable(),
    /** Year the figure refers to; null when the text gives none. */
    year: z.number().int().min(2000).max(2100).nullable(),
    /** What the document prints (ĐẠT "dat", CHƯA ĐẠT "chua-dat", null when it does not say); kept as printed even when the figure disagrees (see src/lib/data/status.ts). */
    status_printed: printedStatusSchema.nullable(),
    ...tagOverrides,
    /** Reviewer's note. */
    note: nfcText.nullable().default(null),
  })
  .strict();
export type ResultRecord = z.infer<typeof resultRecordSchema>;

/** A national reference target (content/data/national-targets.yaml), cited by decision and clause. */
export const nationalTargetSchema = z
  .object({
    /** Stable id, e.g. "qd749-2025-kinh-te-so-gdp". */
    id: asciiId,
    /** The decision, e.g. "Quyết định 749/QĐ-TTg ngày 03/6/2020". */
    decision: nfcText,
    /** Clause or part of the decision the figure is in. */
    clause: nfcText,
    /** The national wording (as published, or as summarised when confidence is "summary"). */
    text: nfcText,
    /** Comparable indicator. */
    indicator: asciiId,
    /** As for local targets. */
    comparator: comparatorSchema,
    /** The figure. */
    value: z.number(),
    /** Upper bound of a range, else null. */
    value_max: z.number().nullable(),
    /** Unit. */
    unit: unitSchema,
    /** Target year. */
    year: z.number().int(),
    /** Administrative level where stated. */
    level: levelSchema.nullable(),
    /** Where this national figure counts something other than its indicator's default. */
    dimensions: dimensionOverridesSchema.default({}),
    /** "official": figure from the decision text; "summary": from official summaries, lower confidence. */
    confidence: z.enum(['official', 'summary']),
  })
  .strict();
export type NationalTarget = z.infer<typeof nationalTargetSchema>;
