/**
 * Text folding for Vietnamese: the one place that decides how text is compared
 * across diacritics, case and whitespace (search, fidelity, slugs).
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Removes tone marks and vowel diacritics, and maps đ/Đ to d/D (NFD does not decompose đ). */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** Lower-cased, diacritic-free, single-spaced form used for comparisons. */
export function fold(text: string): string {
  return stripDiacritics(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** ASCII slug for ids and URLs: "Hà Tiên" → "ha-tien", "I. MỤC ĐÍCH, YÊU CẦU" → "i-muc-dich-yeu-cau". */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** True when the text is already in Unicode NFC. */
export function isNFC(text: string): boolean {
  return text === text.normalize('NFC');
}

/** First position where text differs from its NFC form, for error messages; -1 if NFC. */
export function firstNonNFCIndex(text: string): number {
  if (isNFC(text)) return -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text.slice(i, i + 2);
    if (ch.normalize('NFC') !== ch && /[\u0300-\u036f]/.test(text[i + 1] ?? '')) return i;
    if (text[i].normalize('NFC') !== text[i]) return i;
  }
  return 0;
}
