/**
 * Syllable-level text helpers for automatic restoration: the project's tone-mark convention
 * applied to one word, the comparison form used by the evaluation, and OCR casing carried over
 * to a restored word.
 */
import { fold } from '../text/fold.ts';
import { tokenize, tokenOffsets } from '../fidelity/tokens.ts';
import { toneConventionViolations } from '../text/tone.ts';

/** A word in NFC with the project's tone placement (hoà → hòa, thuỷ → thủy). */
export function normaliseTone(word: string): string {
  const w = word.normalize('NFC');
  const v = toneConventionViolations(w);
  return v.length ? v.reduce((acc, x) => acc.replace(x.word, x.fix), w) : w;
}

/** The form two readings are compared in: NFC, lower case, one tone placement. */
export const comparable = (word: string): string => normaliseTone(word.toLowerCase());

/** Roman numerals of two letters or more that are no Vietnamese word (II, III, IV, VIII; not VI, XI: vi, xi). */
const ROMAN = /^(?!VI$|XI$)(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})$/;

/**
 * A Roman numeral the OCR printed with 1, l or | for I ("X1" → XI, "I11" → III, "Il" → II), else
 * null. The digit says numeral, so XI and VI count here too.
 */
export function ocrRoman(raw: string): string | null {
  if (!/^[IVX][IVX1l|]{1,3}$/.test(raw) || !/[1l|]/.test(raw)) return null;
  const numeral = raw.replace(/[1l|]/g, 'I');
  return /^X{0,3}(?:IX|IV|V?I{0,3})$/.test(numeral) ? numeral : null;
}

/** True for figures, codes, dates and Roman numerals the restorer keeps as printed (09-NQ/TU, 54,7%, 3G/4G, 5G, III, T/M). */
export const isFigure = (raw: string): boolean =>
  /^\d+(?:[.,]\d+)*%?$/.test(raw) ||
  (/\d/.test(raw) && /[/-]/.test(raw) && /\d{2}/.test(raw)) ||
  ROMAN.test(raw) ||
  /^\p{Lu}{1,4}\/\p{Lu}{1,4}$/u.test(raw) ||
  /^\d[A-Z]{1,2}$/.test(raw);

/**
 * Capitals with no vowel: no Vietnamese syllable, so an acronym (HTTT, THDL, TTĐT, TT). Not & or Q, which the
 * OCR makes of a marked vowel (X& for xã, BQ for Bộ).
 */
export const isAcronym = (raw: string): boolean => /^[BCDĐFGHJKLMNPRSTVWXZ]{2,}$/u.test(raw);

/**
 * True for what is likeliest as printed rather than a misread Vietnamese word: an acronym, or a name in
 * CamelCase (TienGiangS). Read like words, these came out as look-alikes (HTTT → HTTP, TTDT → TỐT) or in
 * title case (Tiengiangs).
 */
export const isAcronymOrName = (raw: string): boolean => isAcronym(raw) || /^(?:\p{Lu}\p{Ll}{2,}){2,}\p{Lu}?$/u.test(raw);

/** Words joined by a slash, with no figure: "tin/co" (tin/cơ), "cap/nhieu". */
export const isSlashedWords = (raw: string): boolean => /^\p{L}+(?:\/\p{L}+)+$/u.test(raw);

/**
 * A reading in the OCR's mixed case where it is the OCR's letters, unmarked (IoT, TiengiangS): a small
 * letter before a capital is no sentence's capital but the name's own spelling. Else the reading as it is.
 */
export function keepMixedCase(raw: string, reading: string): string {
  // Only a reading in plain letters: the OCR's capital vowels inside a word are marked vowels (sO → số, cAp → cấp).
  if (!/\p{Ll}\p{Lu}/u.test(raw) || !/^[a-zA-Z]+$/.test(reading) || raw.toLowerCase() !== reading.toLowerCase()) return reading;
  const r = [...reading];
  return [...raw].map((c, i) => (c !== c.toLowerCase() ? r[i].toUpperCase() : r[i].toLowerCase())).join('');
}

const FIGURE = /^\d+(?:[.,]\d+)*%?$/;

/**
 * How a word is written in the language model: figures collapse to one symbol, and so do acronyms with no vowel
 * (CNTT, TT, TTĐT: the training text's acronyms teach where one stands, so one it never printed is not read as a
 * look-alike word, TT as tử); the rest in lower case. Asked for every trigram the search weighs: each pattern is tried only on
 * a word whose first character can open it.
 */
export const lmKey = (word: string): string => {
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) return FIGURE.test(word) ? '<num>' : word.toLowerCase();
  return ((c >= 65 && c <= 90) || c === 272) && isAcronym(word) ? '<acr>' : word.toLowerCase();
};

export type Casing = 'lower' | 'capital' | 'upper';

/**
 * Casing of an OCR token: its first letter, and whether every letter is upper case. A word of three
 * capitals or more is printed in capitals (UBND, CNTT, CHƯA ĐẠT in a table cell) wherever it stands
 * (four or more with one small letter too: the OCR's);
 * two capitals are, on a line set in capitals: elsewhere they are as often a misread small word
 * ("HQ" for "Hệ", "BO" for "Bộ").
 */
export function casingOf(raw: string, capsLine: boolean): Casing {
  const letters = [...raw].filter((c) => /\p{L}/u.test(c));
  if (!letters.length) return 'lower';
  const upper = (c: string) => c !== c.toLowerCase();
  if ((letters.length >= 3 || (capsLine && letters.length === 2)) && letters.every(upper)) return 'upper';
  // One small letter among four capitals or more is the OCR's ("TiNH" for TỈNH).
  if (letters.length >= 4 && upper(letters[0]) && letters.filter((c) => !upper(c)).length === 1) return 'upper';
  return upper(letters[0]) ? 'capital' : 'lower';
}

/**
 * Capitals the OCR gives for small letters of the same shape (o/O, s/S, u/U, v/V, w/W, x/X, z/Z):
 * "Vé" for về, "Xuat" for xuất in the middle of a sentence. C and K are left out: measured, the
 * capital was more often printed (Chương trình, Kinh tế số in a table cell) than made up.
 */
const LOOKALIKE_CAPITAL = /^[OSUVWXZ]/;

/**
 * How sure a look-alike capital written small is at most: the OCR did print a capital. Of those the draft wrote small
 * in 573, Trà Vinh and Hà Tiên (each read leave-one-out), 19 of 31 were small in the hand restoration (Văn bản, Xây
 * dựng were not), however strongly the training text wrote the word small there; 112 (20 of 36) agrees.
 */
const LOOKALIKE_SMALL_SURE = 0.6;

/** How sure capitals read as a word are, outside a line or run of capitals (readingCasing). */
const UPPER_ALONE_SURE = 0.5;

/** C and K: a small letter of their shape, a little smaller; the OCR makes up some of them too (Kién for kiến). */
const SMALL_SHAPED_CAPITAL = /^[CK]/;

/** Capitals and small letters of a word where no sentence opens: alone, after a word, before a word (capitalCounts). */
export type CapitalCounts = Map<string, [capital: number, small: number]>;

const after = (prev: string, w: string) => `${prev}\u0001${w}`;
const before = (w: string, next: string) => `${w}\u0002${next}`;

/**
 * The casing a reading gets. As the OCR has it (casingOf), except an I that is a small l ("Iy" → lý),
 * written small wherever it stands, a consonant capital the reading makes a vowel of ("Gmg" → ứng) in
 * the middle of a sentence, and a look-alike capital in the middle of a sentence that the OCR
 * may have made up, on a word the training text writes small there. "There" is the word with its
 * neighbour when the pair was seen (Chính phủ but chính sách, Trà Vinh but vinh danh), else the word alone.
 * With how sure it is: a capital written small because the training text writes the word small there is
 * as sure as the share of small letters in what was seen (3 of 4: 0.75, with one of each kind added), and
 * a look-alike no surer than 0.6 (the OCR did print a capital), so the marker can send the reader to it. A C or K in mid-sentence stays a capital, but with a neighbour the training
 * text writes the word small beside (sáng Kién) it is as sure as the share of capitals seen there (1 of 5: 0.2).
 * Capitals read as a word alone among small words are half sure. Every other casing is sure (1).
 */
export function readingCasing(
  raw: string,
  reading: string,
  capsLine: boolean,
  opensSentence: boolean,
  neighbours: { prev?: string; next?: string },
  counts: CapitalCounts,
): { casing: Casing; sure: number } {
  const sure = (casing: Casing) => ({ casing, sure: 1 });
  const casing = casingOf(raw, capsLine);
  const w = reading.toLowerCase();
  // An I read as l was a small l wherever it stands, even opening a sentence or a cell: the OCR reads a printed
  // capital L as L ("Iy" → lý, "I6ng" → lồng, "Ién" → lên).
  if (casing === 'capital' && raw.startsWith('I') && w.startsWith('l')) return sure('lower');
  // A word read from capitals alone among small words (SUOt for suốt, MINY for minh in a table's cell) is a word set in
  // capitals as often as one the OCR made up: its capitals are kept, but half sure. Not an acronym, kept as printed.
  if (casing === 'upper' && !capsLine && reading !== raw) return { casing, sure: UPPER_ALONE_SURE };
  if (casing !== 'capital' || opensSentence) return sure(casing);
  // A consonant capital read as a vowel was a misread glyph, not a capital: "Gmg" → ứng. (P for Đ is a capital.)
  if (!capsLine && /^[BCDGHKLMNPQRSTVX]/.test(raw) && /^[aeiouy]/.test(fold(w))) return sure('lower');
  const lookAlike = LOOKALIKE_CAPITAL.test(raw);
  if (!lookAlike && !SMALL_SHAPED_CAPITAL.test(raw)) return sure(casing);
  const seen = (k: string | null, min: number) => {
    const c = k === null ? undefined : counts.get(k);
    return c && c[0] + c[1] >= min ? c : undefined;
  };
  const pairs = [seen(neighbours.prev ? after(neighbours.prev, w) : null, 2), seen(neighbours.next ? before(w, neighbours.next) : null, 2)].filter(
    (c) => c !== undefined,
  );
  const c = pairs.sort((a, b) => b[0] + b[1] - (a[0] + a[1]))[0] ?? (lookAlike ? seen(w, 3) : undefined);
  // A C or K stays a capital (more often printed than made up), but where the training text writes the word small
  // with its neighbours (sáng kiến, triển khai, chữ ký) only as sure as the capitals seen there, for the marker; a
  // neighbour it is written capital with vouches for it (Ban Chỉ đạo, though chỉ đạo is mostly small).
  if (!lookAlike) return c && pairs.every((x) => x[0] < x[1]) ? { casing, sure: (c[0] + 1) / (c[0] + c[1] + 2) } : sure(casing);
  // The same for a look-alike: written small only where no neighbour the text writes the capital with vouches for it
  // (of Sở Y tế: after của small, before Y capital).
  // A next word the text writes capital after this one continues a name this one heads (Sở Tài chính, Sở Kế hoạch),
  // if this word heads names at all: the text writes it capital in mid-sentence too (not với, về: với Cổng Dịch vụ công).
  const nameGoesOn = seen(neighbours.next ? after(w, neighbours.next) : null, 2);
  const headsNames = (counts.get(w)?.[0] ?? 0) >= 2;
  const vouched = pairs.some((x) => x[0] >= x[1]) || (headsNames && nameGoesOn !== undefined && nameGoesOn[0] > nameGoesOn[1]);
  return c && c[0] < c[1] && !vouched ? { casing: 'lower', sure: Math.min(LOOKALIKE_SMALL_SURE, (c[1] + 1) / (c[0] + c[1] + 2)) } : sure(casing);
}

/** Whether each token of a text opens a sentence or an item: the first, or after any mark but a comma ("1.", "a)", "-", ":", "“"). */
export function sentenceOpeners(text: string): boolean[] {
  const offsets = tokenOffsets(text);
  const tokens = tokenize(text, 0);
  return offsets.map((at, i) => i === 0 || /[^\s,]/.test(text.slice(offsets[i - 1] + tokens[i - 1].raw.length, at)));
}

/** How running text writes each word where no sentence opens, alone and with its neighbours (lower case keys). */
export function capitalCounts(texts: Iterable<string>): CapitalCounts {
  const counts: CapitalCounts = new Map();
  const add = (k: string, capital: boolean) => {
    const c = counts.get(k) ?? [0, 0];
    c[capital ? 0 : 1]++;
    counts.set(k, c);
  };
  for (const text of texts) {
    const openers = sentenceOpeners(text);
    const words = tokenize(text, 0).map((t) => t.raw);
    words.forEach((raw, i) => {
      if (openers[i] || !/^\p{L}/u.test(raw)) return;
      const w = raw.toLowerCase();
      const capital = /^\p{Lu}/u.test(raw);
      add(w, capital);
      if (i > 0) add(after(words[i - 1].toLowerCase(), w), capital);
      if (i + 1 < words.length) add(before(w, words[i + 1].toLowerCase()), capital);
    });
  }
  return counts;
}

export function applyCasing(word: string, casing: Casing): string {
  if (casing === 'upper') return word.toUpperCase();
  if (casing === 'capital') return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

/** A line is set in capitals when most of its letter tokens are (headings, title block). */
export function isCapsLine(line: string): boolean {
  const words = line.match(/\p{L}[\p{L}\p{N}]*/gu) ?? [];
  const letterWords = words.filter((w) => [...w].filter((c) => /\p{L}/u.test(c)).length >= 2);
  if (letterWords.length < 1) return false;
  const caps = letterWords.filter((w) => w === w.toUpperCase()).length;
  return caps / letterWords.length >= 0.6;
}

/**
 * Tokens inside a phrase set in capitals on a line that is not (a table's "DỰ ÁN CHUYỂN TIẾP" among
 * its cells): a run of two or more tokens all in capitals, one of them of three letters or more. A
 * two-letter word there is in capitals too, not a name opening with one ("DU AN" → DỰ ÁN, not Dự Án).
 */
export function inCapitalsRun(raws: string[]): boolean[] {
  const letters = (raw: string) => [...raw].filter((c) => /\p{L}/u.test(c));
  const caps = raws.map((raw) => {
    const l = letters(raw);
    return l.length >= 2 && l.length === [...raw].length && l.every((c) => c !== c.toLowerCase()) ? l.length : 0;
  });
  const out = raws.map(() => false);
  for (let i = 0; i < raws.length;) {
    let j = i;
    while (j < raws.length && caps[j]) j++;
    if (j - i >= 2 && caps.slice(i, j).some((n) => n >= 3)) for (let k = i; k < j; k++) out[k] = true;
    i = Math.max(j, i + 1);
  }
  return out;
}

/** Folded form (no marks, đ → d, lower case). */
export { fold };
