import { z } from 'zod';
import { isNFC } from '../lib/text/fold.ts';

/** Lower-case ASCII identifier with hyphens, used for slugs, vocabulary ids and anchors. */
export const asciiId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case ASCII words joined by hyphens, e.g. "ha-tien"');

/** Any human text: must already be Unicode NFC so search, filters and comparisons agree. */
export const nfcText = z.string().min(1).refine(isNFC, {
  message: 'text is not Unicode NFC; normalise it (e.g. `text.normalize("NFC")`) and save again',
});

/** ISO calendar date (YYYY-MM-DD) kept as a string so YAML never shifts it by a time zone. */
export const isoDate = z.preprocess(
  // Some YAML parsers turn an unquoted 2023-03-31 into a Date; keep the calendar day.
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date "YYYY-MM-DD"'),
);
