import { z } from 'zod';
import { asciiId, nfcText } from './common.ts';
import { dimensionsSchema } from './comparability.ts';

/** Units a target or result figure is expressed in. */
export const UNITS = {
  percent: '%',
  count: 'số lượng',
  rank: 'thứ hạng',
  'percent-per-year': '%/năm',
  'per-100-inhabitants': '/100 dân',
  'per-100-households': '/100 hộ',
  'million-vnd': 'triệu đồng',
} as const;
export const unitSchema = z.enum(Object.keys(UNITS) as [keyof typeof UNITS, ...(keyof typeof UNITS)[]]);
export type Unit = z.infer<typeof unitSchema>;

/** A comparable indicator: targets that measure the same thing share one, so they can be compared. */
export const indicatorSchema = z
  .object({
    /** ASCII slug, e.g. "kinh-te-so-ty-trong-grdp". */
    id: asciiId,
    /** Short Vietnamese name shown as a row label. */
    name: nfcText,
    /** What exactly is measured, and over what base. */
    definition: nfcText,
    /** Unit of the figures. */
    unit: unitSchema,
    /** Whether a higher figure is the more ambitious target ("up") or a lower one ("down", e.g. a rank). */
    direction: z.enum(['up', 'down']),
    /** Pillar (content/vocab/pillars.yaml) the indicator belongs to; null for composite indices (DTI rank). */
    pillar: asciiId.nullable(),
    /** Phrases (any diacritics) whose presence in a document means it mentions the topic, even without a figure. */
    keywords: z.array(nfcText).default([]),
    /** What every figure of this indicator counts, by default (src/schemas/comparability.ts); records override where they differ. */
    dimensions: dimensionsSchema,
    /** Where targets that look alike differ (GRDP vs GDP, population bases, administrative level, mức độ 4 vs toàn trình). */
    comparability: z.array(nfcText).default([]),
  })
  .strict();
export type Indicator = z.infer<typeof indicatorSchema>;
