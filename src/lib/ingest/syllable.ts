/**
 * Syllable-level text helpers for automatic restoration: the project's tone-mark convention
 * applied to one word, the comparison form used by the evaluation, and OCR casing carried over
 * to a restored word.
 */
import { fold } from '../text/fold.ts';
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

/** True for figures, codes, dates and Roman numerals the restorer keeps as printed (09-NQ/TU, 54,7%, 3G/4G, III). */
export const isFigure = (raw: string): boolean =>
  /^\d+(?:[.,]\d+)*%?$/.test(raw) || (/\d/.test(raw) && /[/-]/.test(raw) && /\d{2}/.test(raw)) || ROMAN.test(raw);

/** How a word is written in the language model: figures collapse to one symbol. */
export const lmKey = (word: string): string => (/^\d+(?:[.,]\d+)*%?$/.test(word) ? '<num>' : word.toLowerCase());

export type Casing = 'lower' | 'capital' | 'upper';

/** Casing of an OCR token: its first letter, and whether every letter is upper case. */
export function casingOf(raw: string, capsLine: boolean): Casing {
  const letters = [...raw].filter((c) => /\p{L}/u.test(c));
  if (!letters.length) return 'lower';
  const upper = (c: string) => c !== c.toLowerCase();
  if (capsLine && letters.length >= 2 && letters.every(upper)) return 'upper';
  return upper(letters[0]) ? 'capital' : 'lower';
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

/** Folded form (no marks, đ → d, lower case). */
export { fold };
