/**
 * Altered figures for the synthetic scale corpus (issue #12). The figures of a document are the
 * numbers its target and result records take their values from ("90" in "90% hồ sơ", "1.133" in
 * "1.133 trạm BTS"), known by their digits (the fidelity checker compares numbers by digits, and
 * an OCR source may print 42,317 where the restored text has 42.317). Each is multiplied by the
 * province's factor and written back in the same form (separators, decimals, leading zeros),
 * wherever it stands as a figure in the document, its records and its OCR source alike, so every
 * record still reads its value from its wording and the fidelity check still finds every number in
 * the source. Years, dates, document numbers, list numbering and one-digit numbers are never
 * altered. Pure.
 */
import { fold } from '../../../src/lib/text/fold.ts';

/**
 * A number as printed, standing alone: not part of a word, a date (03/6/2020, 26-5-2023), a
 * document number (749/QĐ-TTg, 52-NQ/TW) or a longer number; "40" of "40/63" is one, "63" is not.
 */
const NUMBER_RE = /(?<![\p{L}\p{N}/.,])(?<![\p{L}\p{N}][-–])\d+(?:[.,]\d+)*(?![\p{L}\p{N}]|[.,]\d|[-–/][\p{L}]|[-–]\d|\/\d+\/|\/\d{4}(?!\d))/gu;

/** How a number is written: digits before and after the decimal separator, and the separators. */
interface NumberForm {
  int: string;
  frac: string;
  group: string | null;
  dec: string | null;
}

function formOf(s: string): NumberForm {
  const seps = s.match(/[.,]/g) ?? [];
  if (!seps.length) return { int: s, frac: '', group: null, dec: null };
  const kinds = new Set(seps);
  if (kinds.size === 2) {
    const dec = s.match(/[.,](?=\d+$)/)![0];
    const [int, frac] = [s.slice(0, s.lastIndexOf(dec)), s.slice(s.lastIndexOf(dec) + 1)];
    return { int: int.replace(/[.,]/g, ''), frac, group: dec === '.' ? ',' : '.', dec };
  }
  const sep: string = seps[0]!; // seps is not empty here
  const parts = s.split(sep);
  // "1.133" and "1.234.567" group thousands (Vietnamese print); "6.17", "54,7", "0,125" are decimals.
  const grouped = parts.length > 2 || (sep === '.' && parts[1]?.length === 3 && parts[0] !== '0');
  return grouped ? { int: parts.join(''), frac: '', group: sep, dec: null } : { int: parts[0] ?? '', frac: parts[1] ?? '', group: null, dec: sep };
}

const valueOf = (f: NumberForm) => Number(f.frac ? `${f.int}.${f.frac}` : f.int);

/** The number multiplied by `factor`, written in the same form (never rounded down to zero). */
export function scaleNumber(s: string, factor: number): string {
  const f = formOf(s);
  const d = f.frac.length;
  let v = Math.round(valueOf(f) * factor * 10 ** d) / 10 ** d;
  if (v <= 0 && valueOf(f) > 0) v = 10 ** -d;
  let [int, frac = ''] = v.toFixed(d).split('.');
  if (f.int.length > 1 && f.int.startsWith('0')) int = int.padStart(f.int.length, '0');
  if (f.group && int.length > 3) int = int.replace(/\B(?=(\d{3})+$)/g, f.group);
  return frac ? `${int}${f.dec}${frac}` : int;
}

/** Whether the number at [start, end) of text is a year, a date part, list numbering or a single digit. */
function protectedAt(text: string, start: number, end: number): boolean {
  const s = text.slice(start, end);
  if (/^\d+$/.test(s)) {
    const n = Number(s);
    if (n < 10 && s.length === 1) return true;
    if (s.length === 4 && n >= 1900 && n <= 2100) return true;
  }
  const before = fold(text.slice(Math.max(0, start - 12), start));
  const after = fold(text.slice(end, end + 8));
  if (/\b(ngay|thang)\s+$/.test(before) || /^\s+thang\b/.test(after)) return true;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return /^[\s#>*+|-]*$/.test(text.slice(lineStart, start)) && /^\\?[.)](\s|$)/.test(text.slice(end, end + 3));
}

/** Every number standing alone in a text, with its position. */
export function numbersIn(text: string): { value: string; start: number; end: number }[] {
  return [...text.matchAll(NUMBER_RE)].map((m) => ({ value: m[0], start: m.index!, end: m.index! + m[0].length }));
}

/** Every figure-like number of a text that may be altered (not a year, date part, list number or single digit). */
export function alterableNumbers(text: string): { value: string; start: number; end: number }[] {
  return numbersIn(text).filter((n) => !protectedAt(text, n.start, n.end));
}

/** The two ways a reader may take a printed number (Vietnamese 1.057,5 and English 1,057.5), as the dataset checks do. */
export function readings(s: string): { vi: number; en: number } {
  return { vi: Number(s.replace(/\./g, '').replace(',', '.')), en: Number(s.replace(/,/g, '')) };
}

/** A number's digits, the form the fidelity checker compares ("1.133" and "1,133" → "1133"). */
export const digitsOf = (s: string): string => s.replace(/\D/g, '');

/** The document's figures, by their digits: the printed numbers its records take their values from. */
export function figuresOf(records: { text: string; value: number | null; value_max?: number | null }[]): Set<string> {
  const out = new Set<string>();
  for (const r of records) {
    const values = [r.value, r.value_max ?? null].filter((v): v is number => v !== null);
    for (const n of alterableNumbers(r.text)) {
      const { vi, en } = readings(n.value);
      if (values.some((v) => Math.abs(v - vi) < 1e-9 || Math.abs(v - en) < 1e-9)) out.add(digitsOf(n.value));
    }
  }
  return out;
}

/** Rewrites every figure standing in the text (`skip` keeps a number, by its printed form and position, as it is). */
export function alterFigures(text: string, figures: Set<string>, factor: number, skip: (value: string, start: number) => boolean = () => false): string {
  let out = '';
  let last = 0;
  for (const n of alterableNumbers(text)) {
    if (!figures.has(digitsOf(n.value)) || skip(n.value, n.start)) continue;
    out += text.slice(last, n.start) + scaleNumber(n.value, factor);
    last = n.end;
  }
  return out + text.slice(last);
}

/** A record value after its wording's figures were altered: the same reading of the altered number. */
export function alteredValue(
  value: number | null,
  text: string,
  figures: Set<string>,
  factor: number,
  skip: (value: string, start: number) => boolean = () => false,
): number | null {
  if (value === null) return null;
  for (const n of alterableNumbers(text)) {
    if (!figures.has(digitsOf(n.value)) || skip(n.value, n.start)) continue;
    const { vi, en } = readings(n.value);
    const altered = readings(scaleNumber(n.value, factor));
    if (Math.abs(value - vi) < 1e-9) return altered.vi;
    if (Math.abs(value - en) < 1e-9) return altered.en;
  }
  return value;
}
