import { z } from 'zod';
import { asciiId, isoDate, nfcText } from './common.ts';

/** One reviewed reading of garbled OCR text. */
const ocrReadingSchema = z
  .object({
    /** 1-based source line. */
    line: z.number().int().positive(),
    /** The OCR text exactly as the source line has it (may span several tokens). */
    ocr: z.string().min(1),
    /** The text as restored. */
    reading: z.string().min(1),
    /** Why this reading, for the reviewer. */
    why: nfcText,
  })
  .strict();

/** Document types as Vietnamese legal portals list them. */
export const DOC_TYPES = {
  'nghi-quyet': 'Nghị quyết',
  'ke-hoach': 'Kế hoạch',
  'bao-cao': 'Báo cáo',
} as const;

/** Frontmatter of a restored document (content/documents/*.mdx). Unprinted fields are explicit nulls. */
export const documentSchema = z
  .object({
    /** Trích yếu: the subject line as printed, first letter capitalised. */
    title: nfcText,
    /** Loại văn bản. */
    docType: z.enum(Object.keys(DOC_TYPES) as [keyof typeof DOC_TYPES, ...(keyof typeof DOC_TYPES)[]]),
    /** Locality id (content/vocab/localities.yaml). */
    locality: asciiId,
    /** Cơ quan ban hành, full name. */
    issuer: nfcText,
    /** Số hiệu without "Số", e.g. "112/KH-UBND"; null when the document (or its scan) does not print it. */
    number: nfcText.nullable(),
    /** Ngày ban hành (ISO); null when not printed. */
    issuedDate: isoDate.nullable(),
    /** Địa danh of the date line; null when not printed. */
    issuedPlace: nfcText.nullable(),
    /** The printed header block, verbatim lines of its two columns; null when the scan has none. */
    header: z
      .object({
        /** Left column: issuing body, separator, số hiệu. */
        left: z.array(nfcText),
        /** Right column: national motto or party name, place and date. */
        right: z.array(nfcText),
      })
      .strict()
      .nullable(),
    /** Printed title lines (document type, issuer line, trích yếu), verbatim. */
    titleBlock: z.array(nfcText).min(1),
    /** Signature block as printed; null when none is printed. */
    signature: z
      .object({
        /** Thẩm quyền ký, e.g. "T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN"; null when not printed. */
        authority: nfcText.nullable(),
        /** Chức vụ của người ký, e.g. "PHÓ BÍ THƯ"; null when not printed. */
        role: nfcText.nullable(),
        /** Người ký; null when not printed or unreadable. */
        name: nfcText.nullable(),
        /** Printed note such as "(Đã ký)"; null when none. */
        note: nfcText.nullable(),
      })
      .strict()
      .nullable(),
    /** Nơi nhận lines verbatim, without their leading dash; null when not printed. */
    recipients: z.array(nfcText).nullable(),
    /** Official gazette issue the text was taken from; null when not from a gazette. */
    gazette: z
      .object({
        /** Gazette name, e.g. "Công báo Tiền Giang". */
        name: nfcText,
        /** Issue number as printed. */
        issue: nfcText,
        /** Issue date (ISO). */
        date: isoDate,
      })
      .strict()
      .nullable(),
    /** Documents this one implements or reports on, as the text cites them. */
    related: z.array(nfcText),
    /**
     * Uncertain readings inside the fields above (the body marks them with <Uncertain>): each is
     * shown with the uncertain-reading marker wherever the field is displayed.
     */
    uncertain: z
      .array(
        z
          .object({
            /** Dotted path of a text field of this frontmatter, e.g. "signature.name" or "related.0". */
            field: z.string().regex(/^[a-zA-Z]+(\.(\d+|[a-zA-Z]+))*$/, 'must be a dotted field path such as "signature.name" or "related.0"'),
            /** The uncertain part of that field's value, exactly as it stands there. */
            reading: nfcText,
            /** The raw OCR it was read from. */
            ocr: z.string().min(1),
          })
          .strict(),
      )
      .default([]),
    /** The OCR source this document was restored from. */
    source: z
      .object({
        /** File name inside content/sources/. */
        file: z.string().regex(/^[\w.-]+\.txt$/, 'must be a file name in content/sources/, e.g. "000_14b8b307b349d926.txt"'),
        /** sha256 of that file, hex; the build recomputes it and fails on a mismatch. */
        sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be the 64-hex-digit sha256 of the source file (run `sha256sum content/sources/<file>`)'),
        /** Regexes (JavaScript syntax) matching whole source lines that are page furniture (page numbers, running heads). */
        furniture: z.array(z.string()),
        /** Line ranges of page furniture no regex can safely catch (a table header reprinted on each landscape page). */
        furnitureRanges: z
          .array(
            z
              .object({
                /** First 1-based source line. */
                from: z.number().int().positive(),
                /** Last 1-based source line (inclusive). */
                to: z.number().int().positive(),
                /** What the lines are. */
                why: nfcText,
              })
              .strict(),
          )
          .default([]),
        /** Regexes for table header lines the print repeats at every page break: the first occurrence is text, the rest furniture. */
        repeatedHeaders: z.array(z.string()).default([]),
        /** Reviewed stray OCR marks (a lone "7" before the title ...) that the restoration rightly drops; each names its line and why. */
        noise: z
          .array(
            z
              .object({
                /** 1-based source line. */
                line: z.number().int().positive(),
                /** The token exactly as the OCR has it. */
                text: z.string().min(1),
                /** Why it is noise, for the reviewer. */
                why: nfcText,
              })
              .strict(),
          )
          .default([]),
        /**
         * Reviewed readings of OCR text the checker's folding cannot match: garbled figures ("ZOZ3" → 2023,
         * "IOO%" → 100%) and garbled words ("trqp" → hợp). The checker reads the source through them;
         * the method page publishes every one.
         */
        readings: z.array(ocrReadingSchema).default([]),
      })
      .strict(),
    /** How far the restoration has got. */
    restoration: z
      .object({
        /**
         * "restored": complete and checked; "in-progress": published with a visible notice; "draft": written by
         * `npm run ingest` and not yet reviewed (never published: allowed only under CDS_CONTENT_ROOT).
         */
        status: z.enum(['restored', 'in-progress', 'draft']),
        /** Short method note shown on the page. */
        notes: nfcText.nullable(),
      })
      .strict(),
  })
  .strict();
export type DocumentMeta = z.infer<typeof documentSchema>;
