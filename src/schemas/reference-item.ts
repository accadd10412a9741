import { z } from 'zod';
import { nfcText } from './common.ts';

/** A CSL date: [[year, month?, day?]]. */
const cslDate = z.object({ 'date-parts': z.array(z.array(z.number().int()).min(1).max(3)).length(1) }).strict();

/**
 * How a page of this site is cited: one CSL-JSON item (the subset of CSL 1.0.2 we fill), from which
 * Citation.js renders APA and Chicago text, BibTeX, RIS and the CSL-JSON download (src/lib/cite/).
 */
export const referenceItemSchema = z
  .object({
    /** Stable key: "<kind>-<id>", ASCII; also the BibTeX key. */
    id: z.string().regex(/^[a-z0-9-]+$/, 'must be an ASCII key such as "document-ha-tien-ke-hoach-chuyen-doi-so-2023"'),
    /** CSL type: "report" for documents (genre + number carry the legal type and số hiệu), "dataset" for records and comparisons. */
    type: z.enum(['report', 'dataset']),
    /** Title as the page gives it (a document: its type and trích yếu). */
    title: nfcText,
    /** The issuing body or the site, as an institutional author. */
    author: z.array(z.object({ literal: nfcText }).strict()).length(1),
    /** Date of issue; absent when the document does not print one. */
    issued: cslDate.optional(),
    /** Access date: the build date (src/lib/build-date.ts). */
    accessed: cslDate,
    /** Permalink on this site. */
    URL: z.url(),
    /** Document type as legal portals name it ("Kế hoạch"), or the kind of record. */
    genre: nfcText.optional(),
    /** Số hiệu of the document. */
    number: nfcText.optional(),
    /** Who publishes the cited text: the issuing body (documents) or this site (records, comparisons). */
    publisher: nfcText,
    /** Place of issue as printed. */
    'publisher-place': nfcText.optional(),
    /** What the cited page is: a restored text from OCR, a dataset record, a comparison. */
    medium: nfcText.optional(),
    /** Dataset version for records and comparisons. */
    version: nfcText.optional(),
    /** BCP 47 language of the cited text. */
    language: z.enum(['vi', 'en']),
  })
  .strict();
export type ReferenceItem = z.infer<typeof referenceItemSchema>;
