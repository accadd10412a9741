/**
 * What each citable page is, as a CSL-JSON item: a restored document (the issuing body as author,
 * its type, số hiệu and date, as legal portals cite it), a target record and a comparison view
 * (this site's dataset, with its version). Pure: the build date, site URL and wording come in.
 */
import { referenceItemSchema, type ReferenceItem } from '../../schemas/reference-item.ts';
import type { DocumentMeta } from '../../schemas/document.ts';
import type { TargetRow } from '../../schemas/dataset-row.ts';
import { formatDate } from '../format.ts';

export type CiteLanguage = 'vi' | 'en';

export interface CiteContext {
  /** Site origin, e.g. "https://chuyendoiso-diaphuong.example". */
  site: string;
  /** Access date, ISO (the build date). */
  accessed: string;
  /** Dataset version and its date (content/data/changelog.yaml): a record's or comparison's date of publication. */
  datasetVersion: string;
  datasetDate: string;
  /** Language of the page the citation is offered on. */
  lang: CiteLanguage;
}

/** Wording that differs by language; the English edition passes its own (src/i18n). */
export interface CiteWording {
  siteName: string;
  /** Document type label, e.g. "Kế hoạch" / "Plan". */
  docType: string;
  /** "số" / "No." */
  numberWord: string;
  /** "ngày" / "of" */
  dateWord: string;
  /** "của" / "issued by" */
  byWord: string;
  /** Medium of a restored document: "Bản phục hồi từ OCR". */
  restoredMedium: string;
  /** Genre of a target record, and its title. */
  targetGenre: string;
  targetTitle: (row: TargetRow) => string;
  /** Genre and title of a comparison view. */
  comparisonGenre: string;
  comparisonTitle: (year: number) => string;
  /** Date as the language writes it in the legal-portal line. */
  formatDate: (iso: string) => string;
}

export const VI_CITE_WORDING = {
  siteName: 'Chuyển đổi số địa phương',
  docType: '',
  numberWord: 'số',
  dateWord: 'ngày',
  byWord: 'của',
  restoredMedium: 'Bản phục hồi từ OCR',
  targetGenre: 'Bản ghi chỉ tiêu',
  targetTitle: (r) => `Chỉ tiêu ${r.id}: “${r.text}” (${r.locality_name})`,
  comparisonGenre: 'Bảng so sánh chỉ tiêu',
  comparisonTitle: (y) => `So sánh chỉ tiêu chuyển đổi số năm ${y}: Trà Vinh, Tiền Giang, Hà Tiên, Đồng Tháp và mục tiêu quốc gia`,
  formatDate,
} satisfies CiteWording;

const parts = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });
const absolute = (ctx: CiteContext, path: string) => new URL(path, ctx.site).href;

/** "Kế hoạch số 112/KH-UBND ngày 31/03/2023 của Ủy ban nhân dân tỉnh Tiền Giang": how legal portals name a document. */
export function legalPortalLine(
  meta: Pick<DocumentMeta, 'number' | 'issuedDate' | 'issuer'>,
  w: Pick<CiteWording, 'docType' | 'numberWord' | 'dateWord' | 'byWord' | 'formatDate'>,
): string {
  return [
    w.docType,
    meta.number && `${w.numberWord} ${meta.number}`,
    meta.issuedDate && `${w.dateWord} ${w.formatDate(meta.issuedDate)}`,
    `${w.byWord} ${meta.issuer}`,
  ]
    .filter(Boolean)
    .join(' ');
}

export function documentReference(slug: string, meta: DocumentMeta, path: string, ctx: CiteContext, w: CiteWording): ReferenceItem {
  return referenceItemSchema.parse({
    id: `document-${slug}`,
    type: 'report',
    title: meta.title,
    author: [{ literal: meta.issuer }],
    ...(meta.issuedDate ? { issued: parts(meta.issuedDate) } : {}),
    accessed: parts(ctx.accessed),
    URL: absolute(ctx, path),
    genre: w.docType,
    ...(meta.number ? { number: meta.number } : {}),
    publisher: meta.issuer,
    ...(meta.issuedPlace ? { 'publisher-place': meta.issuedPlace } : {}),
    medium: w.restoredMedium,
    // The documents are Vietnamese texts whichever edition cites them. No `note`: BibTeX
    // carries the access date there ("[Online; accessed …]").
    language: 'vi',
  });
}

export function targetReference(row: TargetRow, path: string, ctx: CiteContext, w: CiteWording): ReferenceItem {
  return referenceItemSchema.parse({
    id: `target-${row.id}`,
    type: 'dataset',
    title: w.targetTitle(row),
    author: [{ literal: w.siteName }],
    issued: parts(ctx.datasetDate),
    accessed: parts(ctx.accessed),
    URL: absolute(ctx, path),
    genre: w.targetGenre,
    version: ctx.datasetVersion,
    publisher: w.siteName,
    language: ctx.lang,
  });
}

export function comparisonReference(year: number, path: string, ctx: CiteContext, w: CiteWording): ReferenceItem {
  return referenceItemSchema.parse({
    id: `comparison-${year}`,
    type: 'dataset',
    title: w.comparisonTitle(year),
    author: [{ literal: w.siteName }],
    issued: parts(ctx.datasetDate),
    accessed: parts(ctx.accessed),
    URL: absolute(ctx, path),
    genre: w.comparisonGenre,
    version: ctx.datasetVersion,
    publisher: w.siteName,
    language: ctx.lang,
  });
}
