/**
 * Reading the header block of an OCR source (issue #21): số hiệu, place and date, issuing body,
 * document type. OCR-tolerant: "S6 09-NQ/TU", "ngay 26 thang 01 nam 2022", "ZOZ3". A field
 * that cannot be read is null, never guessed.
 */
import { fold } from '../text/fold.ts';
import { loose } from './structure.ts';
import type { DocumentMeta } from '../../schemas/document.ts';

/** The header fields of a document's frontmatter that the OCR header yields (each null when unread), plus the raw place. */
export type HeaderFields = Pick<DocumentMeta, 'number' | 'issuedDate'> & {
  /** Raw OCR of the place in the date line (restored by the caller), or null. */
  placeOcr: string | null;
  docType: DocumentMeta['docType'] | null;
};

/** Digits as the OCR prints them ("ZOZ3" → 2023, "O1" → 01); null if anything else is left. */
export function ocrDigits(s: string): string | null {
  const d = s
    .replace(/[Oo]/g, '0')
    .replace(/[Il|L]/g, '1')
    .replace(/Z/g, '2')
    .replace(/S/g, '5');
  return /^\d+$/.test(d) ? d : null;
}

export function parseHeader(lines: string[], titleLine: string): HeaderFields {
  const text = lines.join('\n');
  let number: string | null = null;
  // "Số 09-NQ/TU", "S6: 112/KH-UBND": a number, then letters after a slash or a dash.
  const n = /\bS[ốoô06é]\s*:?\s*([0-9OZ]{1,4}\s*[-/]\s*[A-ZĐ]{1,6}(?:\s*[-/]\s*[A-ZĐ]{1,8})*)/u.exec(text);
  if (n) {
    const digits = ocrDigits(/^[0-9OZ]+/.exec(n[1])![0]);
    if (digits) number = (digits + n[1].replace(/^[0-9OZ]+/, '')).replace(/\s+/g, '').replace(/P/g, 'Đ');
  }
  let issuedDate: string | null = null;
  let placeOcr: string | null = null;
  for (const l of lines) {
    const f = fold(l);
    const m = /(?:^|[\s,*])([a-z][a-z ]+?)\s*,?\s*ngay\s+([0-9ozl]{1,2})\s+thang\s+([0-9ozl]{1,2})\s+nam\s+([0-9ozl]{4})/.exec(f.replace(/[.]/g, ' '));
    if (!m) continue;
    const [dd, mm, yyyy] = [m[2], m[3], m[4]].map((x) => ocrDigits(x.toUpperCase()));
    if (dd && mm && yyyy && +mm >= 1 && +mm <= 12 && +dd >= 1 && +dd <= 31) issuedDate = `${yyyy}-${mm.padStart(2, '0')}-${dd.padStart(2, '0')}`;
    // The place is the words before the comma, as the OCR has them (restored later).
    const raw = /([\p{L}][\p{L}\p{N} ]*?)\s*,\s*ng[aà]y/iu.exec(l);
    const words = raw ? raw[1].trim().split(/\s+/).slice(-2).join(' ') : null;
    placeOcr = words && words.length > 1 ? words : null;
  }
  const t = loose(titleLine).replace(/[^a-z]/g, '');
  const docType = /nghiquyet/.test(t) ? 'nghi-quyet' : /kehoach/.test(t) ? 'ke-hoach' : /baocao/.test(t) ? 'bao-cao' : null;
  return { number, issuedDate, placeOcr, docType };
}

/** The left column of a two-column header line: what precedes the party name or national motto. */
export function leftColumn(line: string): { left: string; right: string } {
  const f = loose(line);
  const at = f.search(/(dang cong san|cong hoa|doc lap)/);
  if (at <= 0) return { left: line.trim(), right: '' };
  // loose() keeps one character per character of the line, give or take folded marks.
  const words = line.trim().split(/\s+/);
  const fw = f.trim().split(/\s+/);
  const idx = fw.findIndex((_, i) => fw.slice(i).join(' ').startsWith(f.slice(at).trim().split(' ').slice(0, 2).join(' ')));
  return idx > 0 && words.length === fw.length ? { left: words.slice(0, idx).join(' '), right: words.slice(idx).join(' ') } : { left: line.trim(), right: '' };
}
