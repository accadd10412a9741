import { z } from 'zod';
import { asciiId, nfcText } from './common.ts';

/** A glossary entry: an abbreviation or a term the documents use. */
export const glossaryEntrySchema = z
  .object({
    /** ASCII slug, the anchor on the glossary page. */
    id: asciiId,
    /** The abbreviation or term as printed, e.g. "DVCTT", "chính quyền số". */
    term: nfcText,
    /** Full form for an abbreviation; null for a term that is not an abbreviation. */
    expansion: nfcText.nullable(),
    /** Other spellings the documents use for the same abbreviation (e.g. "TTĐT" for "Cổng TTĐT"). */
    variants: z.array(nfcText).default([]),
    /** Short definition in Vietnamese. */
    definition: nfcText,
    /** Ids of related entries (e.g. chính quyền số ↔ chính phủ số). */
    related: z.array(asciiId).default([]),
  })
  .strict();
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
