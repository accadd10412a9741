import { z } from 'zod';
import { isoDate, nfcText } from './common.ts';

/** One version of the open dataset (content/data/changelog.yaml). */
export const datasetVersionSchema = z
  .object({
    /** Semantic version of the dataset. */
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version like "1.0.0"'),
    /** Release date (ISO). */
    date: isoDate,
    /** What changed, in Vietnamese. */
    changes: z.array(nfcText).min(1),
  })
  .strict();
export type DatasetVersion = z.infer<typeof datasetVersionSchema>;
