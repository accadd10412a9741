import { z } from 'zod';
import { asciiId, nfcText } from './common.ts';

/** One printed figure: the document, the anchor it stands at (a <Target>/<Result> id, a heading id or a table "bang-N"), and the figure exactly as printed there. */
export const printedPlaceSchema = z
  .object({
    /** Slug of the restored document. */
    document: asciiId,
    /** Id on the page: a mark id, a heading id, or "bang-N" for the document's N-th table. */
    anchor: z.string().regex(/^[a-z0-9-]+$/, 'must be an id on the document page, e.g. "tg573-kq-na-diem-cau-truc-tuyen" or "bang-5"'),
    /** The figure exactly as printed ("1.698", "49%", "04"); it must occur in the text at the anchor. */
    figure: z.string().regex(/^\d[\d.,]*%?$/, 'must be one printed figure such as "1.698" or "49%"'),
    /** Words around the figure that name it for a reader ("điểm cầu tại các sở, ban, ngành"). */
    label: nfcText,
  })
  .strict();

/**
 * A declared check of the printed documents against themselves (content/data/consistency.yaml):
 * it names the printed figures; the arithmetic is done by src/lib/consistency. Statuses and the
 * dates of cited documents need no declaration: they are checked over every record and citation.
 */
export const consistencyCheckSchema = z.discriminatedUnion('kind', [
  z
    .object({
      /** Stable id, the anchor of the check on the consistency page. */
      id: asciiId,
      /** Parts that should add up to a printed total. */
      kind: z.literal('sum'),
      /** What is being added up, in Vietnamese. */
      subject: nfcText,
      parts: z.array(printedPlaceSchema).min(2),
      total: printedPlaceSchema,
    })
    .strict(),
  z
    .object({
      id: asciiId,
      /** A printed percentage against the two printed figures it is the ratio of. */
      kind: z.literal('ratio'),
      subject: nfcText,
      numerator: printedPlaceSchema,
      denominator: printedPlaceSchema,
      /** The printed percentage ("49%"). */
      printed: printedPlaceSchema,
    })
    .strict(),
  z
    .object({
      id: asciiId,
      /** The rows of a table group against the group's printed subtotal, column by column. */
      kind: z.literal('table-sum'),
      subject: nfcText,
      document: asciiId,
      /** 1-based table number in the document (its id on the page is "bang-N"). */
      table: z.number().int().positive(),
      /** A cell text that identifies the subtotal row (the group's name). */
      totalRow: nfcText,
      /** Header names of the columns to add up. */
      columns: z.array(nfcText).min(1),
    })
    .strict(),
]);
export type ConsistencyCheck = z.infer<typeof consistencyCheckSchema>;
export type PrintedPlace = z.infer<typeof printedPlaceSchema>;

/** How the numbers of one document table are printed (content/data/table-formats.yaml); tables not listed use the Vietnamese convention. */
export const tableFormatSchema = z
  .object({
    document: asciiId,
    /** 1-based table number in the document. */
    table: z.number().int().positive(),
    /** "thousands-comma": "38,060" is thirty-eight thousand and sixty (the Công báo's tables); "vi": "1.698" and "8,52". */
    numberFormat: z.enum(['vi', 'thousands-comma']),
    /** Why, with the evidence (a printed subtotal that only adds up under this reading). */
    why: nfcText,
  })
  .strict();
export type TableFormat = z.infer<typeof tableFormatSchema>;
