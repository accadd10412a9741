import { z } from 'zod';
import { isNFC } from '../lib/text/fold.ts';

/** Lower-case ASCII identifier with hyphens, used for slugs, vocabulary ids and anchors. */
export const asciiId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case ASCII words joined by hyphens, e.g. "ha-tien"');

/** Any human text: must already be Unicode NFC so search, filters and comparisons agree. */
export const nfcText = z.string().min(1).refine(isNFC, {
  message: 'text is not Unicode NFC; normalise it (e.g. `text.normalize("NFC")`) and save again',
});

/** True when "YYYY-MM-DD" names a day that exists (no month 13, no 30 February, 29 February only in leap years). */
export function isCalendarDay(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** ISO calendar date (YYYY-MM-DD) of a day that exists, kept as a string so YAML never shifts it by a time zone. */
export const isoDate = z.preprocess(
  // Some YAML parsers turn an unquoted 2023-03-31 into a Date; keep the calendar day.
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date "YYYY-MM-DD", e.g. "2023-03-31"')
    .refine(isCalendarDay, {
      message: 'is not a day of the calendar (month 01–12, day within the month); write the printed date as "YYYY-MM-DD", e.g. "2023-03-31"',
      abort: true,
    }),
);
