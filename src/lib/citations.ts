/**
 * The documents behind the documents (issue #10): every legal or policy document number cited
 * in the restored texts ("Quyết định số 749/QĐ-TTg", "Nghị quyết 52-NQ/TW", "Kế hoạch số
 * 370/KH-UBND"), recognised by its number. Pure: the registry and the text linker share it.
 */
import { slugify } from './text/fold.ts';

/** Số hiệu patterns: 749/QĐ-TTg, 42/2022/NĐ-CP, 03/2017/TT-BTTTT, 52-NQ/TW, 52-CTr/TU. */
export const CITATION_RE =
  /(?<![\p{L}\p{N}/-])(\d{1,4}(?:\/\d{4})?\/[A-ZĐ]{1,6}(?:-[A-ZĐ][A-ZĐa-z]{0,8})+|\d{1,3}-(?:NQ|CTr|CT|KH|BC|QĐ|TB|QC|KL)\/[A-ZĐ]{1,4})(?![\p{L}\p{N}])/gu;

/** Issuers whose numbers are national: the same number means the same document in every province. */
const NATIONAL = /(TTg|CP|TW|BTTTT|THH|BNV|NHNN|UBQGCDS|BCT|BTC|BYT|BGDĐT|BKHĐT|QH\d*|BCĐ-TW)$|\/TW$/;

const TYPES: [RegExp, string][] = [
  [/NĐ-CP$/, 'Nghị định'],
  [/\/TT-/, 'Thông tư'],
  [/^\d+-NQ\//, 'Nghị quyết'],
  [/\/NQ-/, 'Nghị quyết'],
  [/^\d+-CTr\//, 'Chương trình'],
  [/^\d+-CT\//, 'Chỉ thị'],
  [/\/CT-/, 'Chỉ thị'],
  [/\/QĐ-/, 'Quyết định'],
  [/\/KH-/, 'Kế hoạch'],
  [/^\d+-KH\//, 'Kế hoạch'],
  [/^\d+-BC\//, 'Báo cáo'],
  [/\/BC-/, 'Báo cáo'],
  [/\/TB-/, 'Thông báo'],
  [/^\d+\/[A-ZĐ]+-[A-ZĐa-z]+$/, 'Công văn'],
];

export interface CitedDocumentRef {
  /** Số hiệu as printed. */
  number: string;
  /** Document type read from the number (Quyết định, Nghị định ...). */
  type: string;
  /** "trung-uong" for national numbers, "dia-phuong" for a province's own. */
  scope: 'trung-uong' | 'dia-phuong';
  /** Locality of the citing document, for provincial numbers (the same number differs between provinces). */
  locality: string | null;
  /** URL slug: "749-qd-ttg", or "370-kh-ubnd-tien-giang" for a provincial number. */
  slug: string;
}

export function citationRef(number: string, citingLocality: string): CitedDocumentRef {
  const national = NATIONAL.test(number);
  const type = TYPES.find(([re]) => re.test(number))?.[1] ?? 'Văn bản';
  return {
    number,
    type,
    scope: national ? 'trung-uong' : 'dia-phuong',
    locality: national ? null : citingLocality,
    slug: national ? slugify(number) : `${slugify(number)}-${citingLocality}`,
  };
}

/** Every cited number in a text, in order. */
export function findCitations(text: string): string[] {
  return [...text.matchAll(CITATION_RE)].map((m) => m[1]);
}
