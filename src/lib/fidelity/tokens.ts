/**
 * Tokenising and folding for the fidelity checker. Both sides are folded the same
 * way (no diacritics, đ→d, lower case), and tokens are compared through a map of
 * the confusions this project's OCR makes (1/l/I/|, 0/o, 6/ó, 5/s, w/ư, P/Đ ...).
 */
import { fold } from '../text/fold.ts';

export interface Token {
  /** The token as written. */
  raw: string;
  /** Folded form: lower case, no diacritics, đ→d. */
  folded: string;
  /** Folded form with OCR confusions collapsed into one letter class each. */
  key: string;
  /** Consonant skeleton, the last resort for badly garbled words. */
  skeleton: string;
  /** Leading consonant cluster of the OCR key ("ch" for chức/chirc): OCR garbles vowels far more than initials. */
  initial: string;
  /** Digits-only form when the token is a number (separators dropped), else null. */
  number: string | null;
  /** Source: 1-based line; restored: index of the block it came from. */
  at: number;
  /** True for tokens inside an uncertain reading (exempt from insertion and number checks). */
  uncertain?: boolean;
}

const TOKEN_RE = /[\p{L}\p{N}@$][\p{L}\p{N}.,/%&@|!¢€-]*[\p{L}\p{N}%&@¢€]|[\p{L}\p{N}]/gu;
const NUMBER_RE = /^\d+(?:[.,]\d+)*%?$/;

/** OCR confusion classes, applied after folding, on both sides. */
const OCR_MAP: Record<string, string> = {
  '0': 'o',
  '1': 'l',
  i: 'l',
  '|': 'l',
  '!': 'l',
  '2': 'z',
  '3': 'a',
  '4': 'a',
  '5': 's',
  '6': 'o',
  '7': 't',
  '8': 'e',
  '9': 'g',
  '@': 'u',
  $: 's',
  '¢': 'e',
  '€': 'e',
  '&': 'e',
  w: 'u',
  f: 't',
  p: 'd',
  q: 'g',
  j: 'l',
};

/** Letter groups the OCR produces for one Vietnamese letter ("img"/"irng" for ứng, "rn" for m). */
const OCR_GROUPS: [RegExp, string][] = [
  [/irng|rmg|img/g, 'ung'],
  [/rng|mg/g, 'ng'],
  [/rn/g, 'm'],
];

/** Folded text with OCR confusions collapsed into one letter class each (the candidate index of the ingest model uses it too). */
export function ocrKey(folded: string): string {
  let out = '';
  let text = folded;
  for (const [re, to] of OCR_GROUPS) text = text.replace(re, to);
  for (const ch of text) out += OCR_MAP[ch] ?? ch;
  return out.replace(/[^a-z0-9]/g, '');
}

export function tokenize(text: string, at: number, uncertain = false): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0].replace(/[.,/-]+$/, '');
    if (!raw) continue;
    const folded = fold(raw);
    const number = NUMBER_RE.test(raw) ? raw.replace(/[^\d%]/g, '') : null;
    const key = ocrKey(folded);
    out.push({
      raw,
      folded,
      key,
      skeleton: folded.replace(/[^bcdghklmnpqrstvx]/g, ''),
      initial: /^[bcdghklmnpqrstvx]*/.exec(key)![0],
      number,
      at,
      ...(uncertain ? { uncertain } : {}),
    });
  }
  return out;
}

/** Where each token tokenize(text) returns starts in the text, in the same order. */
export function tokenOffsets(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(TOKEN_RE)) if (m[0].replace(/[.,/-]+$/, '')) out.push(m.index!);
  return out;
}

// Two rows reused by every call: the gold pairs' alignment asks for millions of distances (no array per call).
let rowA = new Int32Array(32);
let rowB = new Int32Array(32);

function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const m = b.length;
  if (rowA.length <= m) [rowA, rowB] = [new Int32Array(m + 1), new Int32Array(m + 1)];
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ai === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    const done = prev;
    prev = cur;
    cur = done;
  }
  return prev[m];
}

/** How many letters apart two tokens read, OCR confusions collapsed (their keys' edit distance). */
export function keyDistance(a: Token, b: Token): number {
  return editDistance(a.key, b.key, Math.max(a.key.length, b.key.length));
}

/** Whether a source token and a restored token are the same word read through OCR noise. */
export function tokensMatch(source: Token, restored: Token): boolean {
  if (source.folded === restored.folded) return true;
  if (source.number !== null && restored.number !== null) return source.number === restored.number;
  // A lone digit standing for a short word whose letters the OCR dropped ("chi 6 sin sang" = chỉ số sẵn sàng).
  if (source.raw.length === 1 && source.number !== null && restored.key.length <= 3 && restored.key.includes(source.key)) return true;
  if (source.key === restored.key) return true;
  // Figures never match loosely: a number is either the same number or an OCR-mangled word with the same key.
  if (source.number !== null || restored.number !== null) return false;
  const len = Math.max(source.key.length, restored.key.length);
  if (len >= 3 && editDistance(source.key, restored.key, Math.floor(len / 3)) <= Math.floor(len / 3)) return true;
  if (source.skeleton.length >= 2 && source.skeleton === restored.skeleton && Math.abs(source.key.length - restored.key.length) <= 1) return true;
  // Short words whose vowels the OCR mangled ("sé"/"sd" for số, "chirc" for chức, "giita" for giữa):
  // same initial consonants and about the same length. Order-preserving alignment keeps this safe.
  if (source.initial !== '' && source.initial === restored.initial && len <= 7 && Math.abs(source.key.length - restored.key.length) <= 2) return true;
  if (len <= 5 && source.key[0] === restored.key[0] && Math.abs(source.key.length - restored.key.length) <= 2) return true;
  // Very short words whose vowel the OCR replaced by a digit ("6n" for án): same final consonants.
  const final = (k: string) => /[bcdghklmnpqrstvx]+$/.exec(k)?.[0] ?? '';
  return len <= 3 && final(source.key) !== '' && final(source.key) === final(restored.key);
}
