/**
 * Footnotes in an OCR source (issue #21): the OCR puts each page's footnotes where the page ends,
 * in the middle of the body, and turns the superscript reference into a digit or a mark glued to
 * a word ("doanh nghiép'" for doanh nghiệp¹, "nghiép1") or a year ("năm 20222" for năm 2022²). A footnote is taken only when both ends
 * are found: its number in sequence at the start of a line after a gap, and its reference above it.
 * A footnote-like line without a reference stays in the body and is listed for the reviewer.
 */
import type { SourceLine } from './structure.ts';

export interface SourceFootnote {
  n: number;
  /** The footnote's source lines, its number included. */
  lines: SourceLine[];
  /** Its text, without the number. */
  text: string;
  /** The source line holding its reference. */
  refLine: number;
}

export interface FootnoteScan {
  footnotes: SourceFootnote[];
  /** Lines that open like footnote `n` but whose reference was not found above them: left in the body. */
  unplaced: { line: number; n: number; text: string }[];
  /** Body lines (by source line) with their references made placeholders (footnotePlaceholder). */
  rewritten: Map<number, string>;
}

/** Marks the OCR makes of a superscript number, alone at a footnote's start or glued to the referenced word. */
const MARKS = `'’°®™*!@¹²³⁴⁵⁶⁷⁸⁹⁰`;
/** What the OCR may also make of a footnote's number at the start of its line. */
const START_MARKS = `${MARKS}">`;
/** A footnote's opening: its number or a mark, then its text. */
const START_RE = new RegExp(`^\\s*(\\d{1,2}|[${START_MARKS}])\\s*(?=\\p{L}|\\d\\p{L})(.*)$`, 'u');
const GLUED_DIGITS_RE = /(?<=\p{L}{2})(\d{1,2})(?=[\s.,;:)]|$)/gu;
/** A footnote's number glued to a year ("năm 20222" for năm 2022²): no year has five digits. */
const GLUED_TO_YEAR_RE = /(?<![\p{N}.,/-])(?:19|20)\d{2}(\d{1,2})(?=[\s.,;:)]|$)/gu;
/** A mark glued to a word; a symbol that is never punctuation (° ® ™ ¹ …), or two marks, may stand one space off. */
const GLUED_MARK_RE = new RegExp(`(?<=[\\p{L}\\p{N}][\\p{L}\\p{N}¢]\\)?)(?:([${MARKS}?]{1,3})| ([°®™*¹²³⁴⁵⁶⁷⁸⁹⁰]|[${MARKS}]{2,3}))(?=[\\s.,;:)]|$)`, 'gu');
/** How far above a footnote its reference may stand (a page of OCR lines). */
const REF_WINDOW = 60;

/** One character no token takes in (tokenize stops at it), standing for the reference to footnote `n` until the Markdown is written. */
export const footnotePlaceholder = (n: number): string => String.fromCodePoint(0xf0000 + n);
const PLACEHOLDER_RE = /[\u{f0000}-\u{f00ff}]/gu;

/** Writes each placeholder as a Markdown footnote reference ([^n]). */
export const writeFootnoteRefs = (s: string): string => s.replace(PLACEHOLDER_RE, (c) => `[^${c.codePointAt(0)! - 0xf0000}]`);
/** Removes the placeholders (plain text). */
export const dropFootnoteRefs = (s: string): string => s.replace(PLACEHOLDER_RE, '');

/**
 * The footnote number an opening token stands for, given the next number expected: the number
 * itself (up to four footnotes may have been missed before it), its last digit when the OCR lost
 * the first ("1" for 11), or a mark for the expected one. Null when it cannot be a footnote's number.
 */
export function footnoteNumber(token: string, next: number): number | null {
  if (!/^\d+$/.test(token)) return START_MARKS.includes(token) ? next : null;
  const v = Number(token);
  for (let n = next; n <= next + 4; n++) if (v === n || (token.length === 1 && n >= 10 && v === n % 10)) return n;
  return null;
}

/** Candidate references to footnote `n` in a line, in reading order: its number glued to a word (exact) or a mark. */
function refsIn(text: string, n: number): { at: number; length: number; exact: boolean }[] {
  const digits = (v: string) => v === String(n) || (n >= 10 && v.length === 1 && v === String(n % 10));
  const out = [
    ...[...text.matchAll(GLUED_DIGITS_RE)].filter((m) => digits(m[1])).map((m) => ({ at: m.index!, length: m[0].length, exact: true })),
    ...[...text.matchAll(GLUED_TO_YEAR_RE)].filter((m) => m[1] === String(n)).map((m) => ({ at: m.index! + 4, length: m[1].length, exact: true })),
    ...[...text.matchAll(GLUED_MARK_RE)].map((m) => ({ at: m.index!, length: m[0].length, exact: false })),
  ];
  return out.sort((a, b) => a.at - b.at);
}

/**
 * Finds the footnotes among the body's lines (blank lines kept, page furniture removed). `isBlockStart`
 * tells a line that opens a heading or list item, which ends a footnote's text.
 */
export function findFootnotes(lines: SourceLine[], isBlockStart: (text: string) => boolean): FootnoteScan {
  const blank = (i: number) => !lines[i].text.trim();
  const footnotes: SourceFootnote[] = [];
  const unplaced: FootnoteScan['unplaced'] = [];
  // Body lines as rewritten so far: a line may hold several references.
  const texts = lines.map((l) => l.text);
  let next = 1;
  const inFootnote = new Set<number>();
  let cursor = { k: 0, at: 0 }; // just after the last reference taken
  let blockEnd = -1; // index just past the last footnote taken: the next may follow it without a gap
  for (let i = 0; i < lines.length; i++) {
    if (blank(i) || (i > 0 && !blank(i - 1) && i !== blockEnd)) continue;
    const m = START_RE.exec(lines[i].text);
    const n = m ? footnoteNumber(m[1], next) : null;
    if (n === null) continue;
    let j = i + 1;
    // Its text runs on until a gap, a heading or list item, the next footnote, or the body resuming without
    // a gap: an indented line (the OCR keeps the body's indent, not the footnotes'), or a capital after a full stop.
    while (j < lines.length && !blank(j) && !isBlockStart(lines[j].text)) {
      if (/^\s/.test(lines[j].text) || (/\.\s*$/.test(lines[j - 1].text) && /^\p{Lu}/u.test(lines[j].text))) break;
      const s = START_RE.exec(lines[j].text);
      if (s && footnoteNumber(s[1], n + 1) !== null && /^\d+$/.test(s[1])) break;
      j++;
    }
    // References stand in reading order, each after the previous one and above its footnote (within a
    // page or so): the footnote takes the first candidate after the last reference taken, its number
    // glued to a word before any mark.
    let refLine: number | null = null;
    const from = Math.max(cursor.k, i - REF_WINDOW);
    // Candidates for footnote m's reference after the last one taken, in the body lines above this footnote.
    const candidates = (m: number) => {
      const out: { k: number; at: number; length: number; exact: boolean }[] = [];
      for (let k = from; k < i; k++) if (!inFootnote.has(k)) for (const r of refsIn(texts[k], m)) if (k > cursor.k || r.at >= cursor.at) out.push({ k, ...r });
      return out;
    };
    const found = candidates(n);
    // References stand in order: none after the next footnote's own number glued above (112: "mé1" for mới, taken
    // for footnote 1's reference after "năm 20222", footnote 2's, left 2 and 3 without theirs).
    const nextExact = candidates(n + 1).find((x) => x.exact);
    const beforeNext = (c: { k: number; at: number }) => !nextExact || c.k < nextExact.k || (c.k === nextExact.k && c.at < nextExact.at);
    const inOrder = found.filter(beforeNext);
    const r = inOrder.find((c) => c.exact) ?? inOrder[0];
    if (r) {
      texts[r.k] = texts[r.k].slice(0, r.at) + footnotePlaceholder(n) + texts[r.k].slice(r.at + r.length);
      refLine = lines[r.k].line;
      cursor = { k: r.k, at: r.at + footnotePlaceholder(n).length };
    }
    if (refLine === null) {
      unplaced.push({ line: lines[i].line, n, text: lines[i].text.trim() });
      // A printed number still moves the sequence on; a mark may be anything.
      if (/^\d+$/.test(m![1])) next = n + 1;
      // The next footnote may follow it without a gap (112: "! Quyet dinh …" then "2 Ké hoach …").
      blockEnd = j;
      continue;
    }
    const own = lines.slice(i, j);
    footnotes.push({ n, lines: own, text: [m![2], ...own.slice(1).map((l) => l.text.trim())].join(' ').trim(), refLine });
    for (let k = i; k < j; k++) inFootnote.add(k);
    next = n + 1;
    blockEnd = j;
    i = j - 1;
  }
  const rewritten = new Map<number, string>();
  texts.forEach((t, k) => t !== lines[k].text && rewritten.set(lines[k].line, t));
  return { footnotes, unplaced, rewritten };
}
