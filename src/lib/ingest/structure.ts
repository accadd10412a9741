/**
 * The layout of an OCR source (issue #21): page furniture, the header block, the title block,
 * the body as headings / list items / paragraphs from their numbering, the signature and the
 * Nơi nhận. Works on the raw OCR lines (folded for matching), before any restoration.
 */
import { fold } from '../text/fold.ts';
import { findFootnotes, type FootnoteScan, type SourceFootnote } from './footnotes.ts';
import { isCapsLine } from './syllable.ts';

export interface SourceLine {
  line: number;
  text: string;
}

/** A table row: a line whose cells the OCR separated with tabs (the draft writes consecutive rows as one table). */
export type BlockKind = 'heading' | 'list-item' | 'sub-item' | 'paragraph' | 'table-row';

export interface SourceBlock {
  kind: BlockKind;
  level: number;
  lines: SourceLine[];
  text: string;
  /** The item's letter or number as the list reads it (readItemLetters: đ) after d); S. after 4. is 5.; 111. is III.). */
  itemLabel?: string;
}

export interface SourceLayout {
  furniture: { line: number; text: string; why: string }[];
  header: SourceLine[];
  titleBlock: SourceLine[];
  body: SourceBlock[];
  /** Footnotes found with their references (their lines are not in the body; the body's text carries placeholders). */
  footnotes: SourceFootnote[];
  /** Footnote-like lines left in the body: no reference found above them. */
  unplacedFootnotes: FootnoteScan['unplaced'];
  /** Body lines whose footnote references were taken out (placeholders in their place), by source line. */
  referenced: ReadonlyMap<number, string>;
  signature: SourceLine[];
  recipients: SourceLine[];
}

/** OCR-tolerant fold: digits and marks the OCR puts for letters folded too ("S6" ~ "so", "PANG" ~ "dang"). */
export const loose = (s: string): string =>
  fold(s)
    .replace(/0|6/g, 'o')
    .replace(/1|\|/g, 'l')
    .replace(/p(?=ang|ai|au|oan|e)/g, 'd')
    .replace(/\s+/g, ' ');

const DOC_TYPE_RE = /^[^a-z]{0,3}\s*(nghi ?quyet|ke ?hoach|bao ?cao|quyet ?dinh|chi ?thi)\s*$/;

/** Bare numbers: a page number ("12", "- 9 -", "7-"), or a cell of a table's numbering column. */
const BARE_NUMBER = /^[-–—\s]*\d{1,3}[-–—\s]*$/;

/**
 * Stretches of a source where the OCR read a table across its columns: lines with a "|" (the rule
 * it saw between two cells), three or more, each within `gap` lines of the last. Such a line holds
 * pieces of several cells side by side (112's task tables: 11% of their words read wrong, against
 * 2.6% in the rest of the plan), so the reviewer rebuilds them from the scan first. A stretch takes in up to `edge`
 * lines either side that no blank line parts from it. 1-based lines; `lines` counts the ruled ones.
 */
export function crossColumnRuns(lines: string[], gap = 12, edge = 2): { from: number; to: number; lines: number }[] {
  const ruled = lines.flatMap((l, i) => (/\S\s*\|\s*\S/.test(l) ? [i + 1] : []));
  const out: { from: number; to: number; lines: number }[] = [];
  for (const n of ruled) {
    const last = out[out.length - 1];
    if (last && n - last.to <= gap) {
      last.to = n;
      last.lines++;
    } else out.push({ from: n, to: n, lines: 1 });
  }
  // The rows go on past the first and last ruled lines (the header's first line, the last row's rest) up to a blank line.
  const blank = (n: number) => !lines[n - 1]?.trim();
  return out
    .filter((r) => r.lines >= 3)
    .map((r) => {
      let { from, to } = r;
      while (from > 1 && r.from - from < edge && !blank(from - 1)) from--;
      while (to < lines.length && to - r.to < edge && !blank(to + 1)) to++;
      return { ...r, from, to };
    });
}

/**
 * Page furniture: bare page numbers and short lines printed again and again (running heads).
 * A running head has words and a page number of its own ("CONG BAO TIEN GIANG/S6 11/ Ngay
 * 26-5-2023 25"); a line of figures ("2022 - 2023", "11,000") or a phrase whose OCR put a digit
 * in a word ("Té6i thiéu") repeats in a table, and is text. Bare numbers that count up one by one
 * a few lines apart (three or more, under 30 lines apart) number the rows of a table and are text too.
 */
export function findFurniture(lines: string[]): SourceLayout['furniture'] {
  const counts = new Map<string, number>();
  const shape = (l: string) =>
    fold(l)
      .replace(/[0-9]+/g, '#')
      .replace(/[^a-z#]+/g, ' ')
      .trim();
  for (const l of lines) if (l.trim() && l.length < 90) counts.set(shape(l), (counts.get(shape(l)) ?? 0) + 1);
  const runningHead = (l: string) => {
    const words = shape(l).split(' ');
    return (counts.get(shape(l)) ?? 0) >= 4 && words.includes('#') && words.filter((w) => /^[a-z]+$/.test(w)).length >= 2;
  };
  const heads: SourceLayout['furniture'] = [];
  lines.forEach((l, i) => {
    const t = l.trim();
    if (!t || BARE_NUMBER.test(t)) return;
    if (/^(\d+\s+)?cong bao\b/.test(fold(t)) && t.length < 90) heads.push({ line: i + 1, text: l, why: 'running head (gazette)' });
    else if (runningHead(l)) heads.push({ line: i + 1, text: l, why: 'running head (repeated line)' });
  });
  const pages = heads.flatMap((h) => {
    const n = headPageNumber(h.text);
    return n === null ? [] : [{ i: h.line - 1, n }];
  });
  const rowNumbers = tableRowNumbers(lines, pages);
  const pageNumbers = lines.flatMap((l, i) => (BARE_NUMBER.test(l.trim()) && !rowNumbers.has(i) ? [{ line: i + 1, text: l, why: 'page number' }] : []));
  return [...heads, ...pageNumbers].sort((a, b) => a.line - b.line);
}

/** The page number a running head prints first or last ("16 CONG BAO …", "… Ngay 26-5-2023 25"); a date's year is none. */
export function headPageNumber(text: string): number | null {
  const m = /^\s*(\d{1,4})\s/.exec(text) ?? /\s(\d{1,4})\s*$/.exec(text);
  return m ? Number(m[1]) : null;
}

/**
 * Indexes of bare undashed numbers that count up one by one, three or more: each under 30 lines after the last, or
 * each where no page can be, outside the pages the running heads print before and after it (112 numbers a table's
 * rows 10, 11 and 12, 45 to 54 lines apart, between its gazette pages 47 and 54).
 */
function tableRowNumbers(lines: string[], pages: { i: number; n: number }[]): Set<number> {
  const bare = lines.flatMap((l, i) => (/^\s*\d{1,3}\s*$/.test(l) ? [{ i, n: Number(l.trim()) }] : []));
  const noPage = (b: { i: number; n: number }) => {
    const before = pages.filter((p) => p.i < b.i).at(-1);
    const after = pages.find((p) => p.i > b.i);
    return before !== undefined && after !== undefined && (b.n <= before.n || b.n >= after.n);
  };
  const out = new Set<number>();
  const runs = (near: boolean) => {
    let run: typeof bare = [];
    const flush = () => {
      if (run.length >= 3 && (near || run.every(noPage))) for (const b of run) out.add(b.i);
      run = [];
    };
    for (const b of bare.filter((x) => !out.has(x.i))) {
      const last = run[run.length - 1];
      if (last && !(b.n === last.n + 1 && (!near || b.i - last.i < 30))) flush();
      run.push(b);
    }
    flush();
  };
  runs(true);
  runs(false);
  return out;
}

/** Numbering of a body line: heading level (2 = I., 3 = 1., 4 = 1.1.), list item, or none. */
export function classifyLine(text: string): { kind: BlockKind; level: number } | null {
  const t = text.trim();
  const f = loose(t);
  if (PART_HEADING.test(f)) return { kind: 'heading', level: 2 };
  if (isAnnexHeading(t)) return { kind: 'heading', level: 2 };
  // Roman numerals, with the OCR's "1" or "l" for I ("I1-"), but at least one real I, V or X.
  const roman = /^([IVXl1|]{1,4})\s*[.\-–]\s*\S/.exec(t);
  if (roman && /[IVX]/.test(roman[1]) && t.length < 160) return { kind: 'heading', level: 2 };
  if (garbledRoman(t)) return { kind: 'heading', level: 2 };
  if (/^\d{1,2}\.\d{1,2}\.\d{1,2}\.?\s+\S/.test(t) && t.length < 160) return { kind: 'heading', level: 5 };
  if (/^\d{1,2}\.\d{1,2}\.?\s+\S/.test(t) && t.length < 160) return { kind: 'heading', level: 4 };
  // A numbered line that cites a document ("3. Quyết định số 1780/QĐ-UBND …") is an entry of a list of documents, not a heading.
  if (/^\d{1,2}\.\s+\S/.test(t) && CITED_DOCUMENT.test(loose(t.replace(/^\d{1,2}\.\s+/, '')))) return { kind: 'paragraph', level: 0 };
  if (/^\d{1,2}\.\s+\S/.test(t) && t.length < 120 && !/[;]$/.test(t)) return { kind: 'heading', level: 3 };
  if (/^[-–•]\s*\S/.test(t)) return { kind: 'list-item', level: 0 };
  if (/^\+\s*\S/.test(t)) return { kind: 'sub-item', level: 0 };
  if (/^[a-zđ]\)\s+\S/i.test(t)) return { kind: 'paragraph', level: 0 };
  return null;
}

/** "Phần I", "PHẦN II" (OCR-folded: "phan |"). */
const PART_HEADING = /^(phan|phần)\s+[ivxl0-9|]+\b/i;

/**
 * An annex's heading on a line of its own, "PHỤ LỤC 2", with the stray marks the OCR leaves around
 * it ("’ 7 PHU LUC 1 ’ ’"); not a sentence that cites an annex ("Chi tiết theo Phụ lục 4 đính kèm.").
 */
export function isAnnexHeading(line: string): boolean {
  return /^[^a-z]{0,8}phu luc\s*[0-9ivxl]{0,4}[^a-z]{0,8}$/.test(fold(line.trim()).replace(/[|]/g, 'l'));
}

/** A part's heading that is its number only ("Phần I", "PHẦN II"): its title follows on the next line, in capitals. */
const PART_NUMBER_ONLY = /^phan\s*[0-9ivxl|]{0,4}$/;

/**
 * A heading printed over two or three lines: the line before ends without a full stop, colon or
 * semicolon, and this one goes on as the heading is set: in lower case after a sentence-case heading
 * ("1. Kết quả thể chế hóa … đề ra về" / "chủ động tham gia …"), in capitals after a heading in
 * capitals ("II- CÔNG TÁC … VÀ TỔ" / "CHỨC THỰC HIỆN"), so the paragraph under a heading stays a paragraph;
 * or the line ends on a word no heading ends on.
 */
function continuesHeading(heading: SourceBlock, line: string): boolean {
  if (heading.lines.length === 1 && PART_NUMBER_ONLY.test(fold(heading.text.replace(/[^\p{L}\p{N}| ]/gu, ' ').trim()))) return isCapsLine(line);
  if (heading.lines.length >= 3 || /[.:;!?]$/.test(heading.text)) return false;
  if (isCapsLine(heading.text)) return isCapsLine(line);
  // A line that ends on "của", "và", "về" … goes on, even into a capital (… lãnh đạo của / Đảng, quản lý nhà nước).
  return /^\p{Ll}/u.test(line) || ENDS_UNFINISHED.test(loose(heading.text));
}

/**
 * Words a heading cannot end on, OCR-folded: của, và, về, với, các, những, đến, theo, giữa. Folded words
 * that may also end a heading are left out (tu: thứ tư; de: chuyên đề; tai: đề tài; trong: quan trọng).
 */
const ENDS_UNFINISHED = /\s(cua|va|ve|voi|cac|nhung|den|theo|giua)$/;

/**
 * A Roman number a garbled OCR read as small letters ("r. MUC TrtU" for I. MỤC TIÊU, "rv." for IV.,
 * "v." for V.), known by the title in capitals after it; its number, else null.
 */
function garbledRoman(line: string): string | null {
  const m = /^([ivxlr|]{1,4}|111)\.\s+(\S.*)$/.exec(line.trim());
  // The title's first word in capitals will do: the OCR that garbled the number garbles the title too ("MUC TrtU").
  // "111." is III: no plan numbers its items that far (112: "111. NHIEM VU" after "II.").
  const firstWord = m?.[2].match(/\p{L}{2,}/u)?.[0];
  if (!m || !/[ivxr]|111/.test(m[1]) || !firstWord || firstWord !== firstWord.toUpperCase() || line.length > 100) return null;
  const numeral = m[1]
    .replace(/[rl|i1]/g, 'I')
    .replace(/v/g, 'V')
    .replace(/x/g, 'X');
  return /^X{0,3}(?:IX|IV|V?I{0,3})$/.test(numeral) ? numeral : null;
}

/**
 * A heading's Roman number as printed: the OCR reads I as 1, l or | ("I11- KET QUA" → "III- KET QUA"),
 * and may glue it to the first word ("I-DAC DIEM" → "I- DAC DIEM"), which would read as one word.
 */
export function romanNumbering(heading: string): string {
  const garbled = garbledRoman(heading);
  if (garbled) return heading.trim().replace(/^\S+\./, `${garbled}.`);
  // "Phan |": a part's number with I read as a bar or l. The word is "Phần" (a language model that never saw a
  // part heading reads "Phân"), in capitals where the OCR printed it so.
  const part = /^(\S{4})(\s+)([IVXl|]{1,4})(?=[\s.:\-–]|$)/u.exec(heading);
  if (part && fold(part[1]) === 'phan')
    return (part[1] === part[1].toUpperCase() ? 'PHẦN' : 'Phần') + part[2] + part[3].replace(/[l|]/g, 'I') + heading.slice(part[0].length);
  return heading.replace(/^([IVXl1|]{1,4})(\s*[.\-–])\s*/, (m, n: string, sep: string) => (/[IVX]/.test(n) ? `${n.replace(/[l1|]/g, 'I')}${sep} ` : m));
}

/**
 * A paragraph that opens with a document and its number, OCR-folded: "Nghị quyết số 52-NQ/TW …",
 * "Quyết định s,o 964/QĐ-TTg …", "Kế hoạch số 347/KH-UBND …" (số and kế often misread).
 */
const CITED_DOCUMENT = /^(nghi quyet|quyet dinh|k\S? hoach|nghi dinh|thong tu|chi thi|chuong trinh|cong van|bao cao|thong bao) (\S{1,3} )?[\dol]+[/-]/;

/**
 * The legal bases a plan lists ("I. CĂN CỨ LẬP KẾ HOẠCH"): two or more paragraphs in a row that each
 * open with a document and its number are the items of a list whose dashes the OCR lost.
 */
function listOfDocuments(body: SourceBlock[]): void {
  const cites = (b: SourceBlock) => b.kind === 'paragraph' && CITED_DOCUMENT.test(loose(b.text).trim());
  for (let i = 0; i < body.length;) {
    let j = i;
    while (j < body.length && cites(body[j])) j++;
    if (j - i >= 2) for (const b of body.slice(i, j)) b.kind = 'list-item';
    i = Math.max(j, i + 1);
  }
}

/** Marks the OCR prints for an item's letter, which no token takes in: ¢) is c), @) is a) (112: seven ¢), two @)). */
const GLYPH_LETTER: Record<string, string> = { '¢': 'c', '@': 'a' };
const GLYPH_LETTER_RE = /^([¢@])\)(?=\s+\S)/;

/** A line opening with an item letter the OCR printed as a mark, with the letter (¢) Thường xuyên → c) Thường xuyên). */
const withGlyphLetter = (line: string): string => line.replace(GLYPH_LETTER_RE, (_, g: string) => `${GLYPH_LETTER[g]})`);

/** Whether a line opens with such a mark: its tokens do not hold the item's letter. */
export const opensWithGlyphLetter = (line: string): boolean => GLYPH_LETTER_RE.test(line.trim());

/** The letters items are lettered with, in order (the Vietnamese alphabet: d, đ, e; no f, j, w, z). */
const ITEM_LETTERS = 'abcdđeghiklmnopqrstuvxy';

/**
 * Items are lettered a), b), c), d), đ), e): the OCR drops the bar of đ, so an item lettered d) right after one
 * lettered d), under the same heading, is đ) (112: four of them). A letter that follows the one before it (d) after
 * c)) is that letter, sure: the list says so, whatever the OCR's marks suggest. One out of order (the OCR lost the
 * item before it: g) after đ)) is still a letter, not a word (112 read g) as gắn), unless it is a d, which may be đ.
 */
export function readItemLetters(body: SourceBlock[]): void {
  let last: string | null = null;
  for (const b of body) {
    if (b.kind === 'heading') last = null;
    const letter = b.kind === 'paragraph' ? /^\s*([a-zđ])\)\s/.exec(b.text)?.[1] : undefined;
    if (!letter) continue;
    if (letter === 'd' && last === 'd') b.itemLabel = 'đ';
    else if (letter !== 'd' || ITEM_LETTERS.indexOf(letter) === (last === null ? 0 : ITEM_LETTERS.indexOf(last) + 1)) b.itemLabel = letter;
    last = b.itemLabel ?? letter;
  }
}

/** A signer's title set on a line of its own, OCR-folded: "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "BÍ THƯ", "GIÁM ĐỐC". */
const SIGNER_ROLE = /^(pho )?(chu tich|bi thu|giam doc|truong ban|chanh van phong)$/;
export const isSignerRole = (line: string): boolean =>
  SIGNER_ROLE.test(
    loose(line)
      .replace(/[^a-z ]/g, '')
      .trim(),
  );
/** The line naming whom the signer signs for: "T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Q. GIÁM ĐỐC". */
export const isSigningAuthority = (line: string): boolean => /^\s*(t\/m|tm\.?|kt\.?|q\.)\s/.test(loose(line));
/** "Nơi nhận:" as the OCR prints it ("Noi nhan:", "Noi nhdn:"), the label and the space after it. */
const RECIPIENTS_LABEL = /^\s*N\S{1,3}\s+nh\S{1,3}n\s*:?\s*/i;
const recipientsLabel = (line: string): string | null => {
  const label = RECIPIENTS_LABEL.exec(line)?.[0];
  return label && (/^noi nhan/.test(loose(label).trim()) || /^n[o0]\S?i nh\S{1,2}n\s*:/.test(fold(label).trim())) ? label : null;
};
const isRecipientsLabel = (line: string): boolean => recipientsLabel(line) !== null;

/** Marks an OCR makes of a seal's rim and letters, which no recipient holds (quotes and emphasis do: “Đồng Tháp”, *Thg*). */
const SEAL_MARK = /[\\|~^`¢€§©®°¶•‘]/u;

/**
 * A recipient without what the seal beside it left on its line: a tail after the last comma or semicolon of
 * one character (no recipient is a lone letter; TX, TP are) or with a mark no recipient holds ("Ban Kinh tế
 * Trung ương, T", "tương đương, \\o\\JIEN", "(TH), ‘"), and a separator printed twice ("đoàn thể tỉnh, ,").
 * Returns the recipient and the tails taken off it.
 */
export function withoutSealNoise(recipient: string): { recipient: string; noise: string[] } {
  let text = recipient.trim();
  const noise: string[] = [];
  for (;;) {
    const tail = /^(.*[,;])\s*([^,;]*)$/u.exec(text);
    if (!tail || !tail[2] || !(tail[2].length === 1 || SEAL_MARK.test(tail[2]))) break;
    noise.unshift(tail[2]);
    text = tail[1];
  }
  return { recipient: text.replace(/([,;])(?:\s*[,;])+$/, '$1'), noise };
}

/**
 * One line of the Nơi nhận as the OCR reads a two-column close: the signature's lines printed to the
 * right of the list come on the same line ("Noi nhan: T/M BAN THUONG VU", "- Ban Kinh tế Trung ương,
 * PHO Bi THU", "- Lưu Văn phòng Tỉnh ủy. Võ Văn Bình"). Returns the recipient (without its dash; empty
 * for the "Nơi nhận:" line itself) and what belongs to the signature: an authority or a signer's title
 * after the label or after a recipient's comma, a name after the last recipient's full stop; and the seal's
 * marks taken off the recipient (withoutSealNoise).
 */
export function splitRecipientLine(line: string, last: boolean): { recipient: string; signature: string[]; noise: string[] } {
  const label = recipientsLabel(line);
  if (label) {
    const rest = line.slice(label.length).trim();
    // "Nơi nhận: - Như trên;" holds a recipient; an authority or a title in capitals is the signature's.
    const signs = isSigningAuthority(rest) || isSignerRole(rest);
    return signs ? { recipient: '', signature: [rest], noise: [] } : { ...withoutSealNoise(rest.replace(/^[-–]\s*/, '')), signature: [] };
  }
  const text = line.replace(/^\s*[-–]\s*/, '').trim();
  const role = /^(.*[,;.)])\s+(\S+(?:\s+\S+){1,3})$/.exec(text);
  if (role && isSignerRole(role[2])) return { ...withoutSealNoise(role[1]), signature: [role[2]] };
  const name = last ? /^(.*\.)\s+(\S{1,4}\s+\p{Lu}\S*\s+\p{Lu}\S*)$/u.exec(text) : null;
  if (name) return { ...withoutSealNoise(name[1]), signature: [name[2]] };
  return { ...withoutSealNoise(text), signature: [] };
}

/** A person's name: two to five words, each with a capital (OCR letters within). */
const PERSON_NAME = /^\p{Lu}\S*(\s+\p{Lu}\S*){1,4}$/u;

/**
 * Where the signature opens: the authority line (T/M, TM., KT., Q.), or, where the print has none, a
 * signer's title in capitals with a name on one of the next two lines ("CHỦ TỊCH" / "Nguyễn Văn Vĩnh").
 */
function signatureStart(lines: SourceLine[], from: number): number {
  const authority = lines.findIndex((l, i) => i > from && isSigningAuthority(l.text) && l.text.length < 80);
  if (authority >= 0) return authority;
  return lines.findIndex((l, i) => i > from && isSignerRole(l.text) && lines.slice(i + 1, i + 3).some((n) => PERSON_NAME.test(n.text.trim())));
}

/** The annexes printed after the signature ("PHỤ LỤC 1" within a few lines of it), up to the Nơi nhận if it comes later: body text. */
function annexesAfterSignature(lines: SourceLine[], sig: number, noiNhan: number): SourceLine[] {
  const at = lines.findIndex((l, i) => i > sig && i <= sig + 6 && isAnnexHeading(l.text));
  if (at < 0) return [];
  return lines.slice(at, noiNhan > at ? noiNhan : lines.length);
}

/**
 * Headings numbered I., 1., 1.1. under a "Phần I" go one level down, and under an annex's title two
 * (the annex heading is 2, its title 3): the outline a reader of the hand restorations knows.
 */
function nestUnderParts(body: SourceBlock[]): void {
  let depth = 0;
  for (const b of body) {
    if (b.kind !== 'heading') continue;
    if (PART_HEADING.test(loose(b.text))) depth = 1;
    else if (isAnnexHeading(b.text)) depth = 2;
    // Numbered headings only: an annex's title (level 3, no number) stays where it is.
    else if (depth && /^[\dIVXl|]/.test(b.text.trim())) b.level = Math.min(b.level + depth, 6);
  }
}

/**
 * A line of an OCR that writes Markdown: without its heading marks (## ) and the emphasis wrapping the
 * whole line (**KẾ HOẠCH**, ***a) Chính quyền số***, a bold signature line), and whether it was marked as a heading.
 * Emphasis inside a line stays: MDX reads it.
 */
export function markdownLine(line: string): { text: string; heading: boolean } {
  const h = /^\s{0,3}(#{1,6})\s+(.*)$/.exec(line);
  // Trailing spaces go (a Markdown line break); trailing tabs stay: they are a table row's empty cells.
  const rest = (h ? h[2] : line).replace(/ +$/, '');
  const wrapped = /^(\s*)(\*{1,3}|_{2})(\S(?:.*\S)?)\2$/.exec(rest);
  return { text: wrapped ? wrapped[1] + wrapped[3] : rest, heading: !!h };
}

/** Splits an OCR source into its printed parts. */
export function layoutOf(sourceText: string): SourceLayout {
  const lines = sourceText.split('\n');
  const furniture = findFurniture(lines);
  const isFurniture = new Set(furniture.map((f) => f.line));
  // An OCR that writes Markdown marks its headings with # and wraps them in ** (Đồng Tháp's source): read the words,
  // and take a # line as a heading. Only marks go (no word), so the evaluation's token keys hold.
  const marked = lines.map(markdownLine);
  const markedHeading = new Set(marked.flatMap((m, i) => (m.heading ? [i + 1] : [])));
  const live: SourceLine[] = marked.map((m, i) => ({ line: i + 1, text: m.text })).filter((l) => !isFurniture.has(l.line));
  const nonEmpty = live.filter((l) => l.text.trim());
  // The title block opens with the document type on a line of its own, within the first lines.
  const typeAt = nonEmpty.slice(0, 25).findIndex((l) =>
    DOC_TYPE_RE.test(
      loose(l.text)
        .replace(/[^a-z ]/g, '')
        .trim(),
    ),
  );
  const header = typeAt >= 0 ? nonEmpty.slice(0, typeAt) : [];
  const titleBlock: SourceLine[] = [];
  let k = Math.max(0, typeAt);
  if (typeAt >= 0) {
    titleBlock.push(nonEmpty[k]);
    k++;
    // The trích yếu follows on up to three lines, until a line that reads like the body's first sentence.
    while (k < nonEmpty.length && titleBlock.length < 4) {
      const t = nonEmpty[k].text.trim();
      // A line the OCR marked as a heading (#) right under the type is the trích yếu, however it opens ("Thực hiện …").
      const marked = markedHeading.has(nonEmpty[k].line);
      if (classifyLine(t) || (!marked && (t.length > 95 || /^(thuc hien|can cu|qua |nam \d)/.test(loose(t))))) break;
      titleBlock.push(nonEmpty[k]);
      k++;
    }
  } else {
    titleBlock.push(nonEmpty[0]);
    k = 1;
  }
  // Signature and Nơi nhận close the document; annexes may follow the signature.
  let end = nonEmpty.length;
  const recipients: SourceLine[] = [];
  const signature: SourceLine[] = [];
  const noiNhan = nonEmpty.findIndex((l, i) => i > k && isRecipientsLabel(l.text));
  const sig = signatureStart(nonEmpty, k);
  const annexes = sig >= 0 ? annexesAfterSignature(nonEmpty, sig, noiNhan) : [];
  const cut = [noiNhan, sig].filter((x) => x >= 0);
  if (cut.length) {
    end = Math.min(...cut);
    const inAnnex = new Set(annexes.map((l) => l.line));
    for (const l of nonEmpty.slice(end).filter((x) => !inAnnex.has(x.line))) {
      // A recipient printed over two lines goes on in small letters ("- Các huyện ủy, thị ủy," / "đảng ủy trực thuộc").
      const continues = recipients.length > 0 && /^\s*\p{Ll}/u.test(l.text);
      if (isRecipientsLabel(l.text) || (/^\s*[-–]\s*/.test(l.text) && l.text.length < 90) || continues) recipients.push(l);
      // Marks with no letter or digit ("^. _. :", a stamp's shadow) hold nothing to read.
      else if (/[\p{L}\p{N}]/u.test(l.text)) signature.push(l);
    }
  }
  // Footnotes, found on the body's lines with their gaps (a footnote opens after a blank line).
  const first = nonEmpty[k]?.line ?? Infinity;
  const last = annexes.length ? annexes[annexes.length - 1].line : (nonEmpty[end - 1]?.line ?? -Infinity);
  const scan = findFootnotes(
    live.filter((l) => l.line >= first && l.line <= last),
    (t) => (classifyLine(t)?.kind ?? 'paragraph') !== 'paragraph',
  );
  const inFootnote = new Set(scan.footnotes.flatMap((f) => f.lines.map((l) => l.line)));
  const bodyLines = [...nonEmpty.slice(k, end), ...annexes].filter((l) => !inFootnote.has(l.line));
  const body: SourceBlock[] = [];
  let cur: SourceBlock | null = null;
  let prevLine: number | null = null;
  let lastNumber: number | null = null;
  for (const l of bodyLines) {
    // The block keeps the source line as printed (for the evaluation's token keys); its text carries the footnote placeholders.
    const printed = (scan.rewritten.get(l.line) ?? l.text).trim();
    // "S." after item 4. is item 5.: the OCR reads a 5 as S (112: "S. Quyet dinh so 2380…").
    const five: boolean = lastNumber === 4 && /^[Ss]\.\s/.test(printed);
    const t: string = five ? printed.replace(/^[Ss]\./, '5.') : withGlyphLetter(printed);
    lastNumber = Number(/^(\d{1,2})\.\s/.exec(t)?.[1] ?? lastNumber);
    // Two tabs or more: the OCR kept a table's columns (Đồng Tháp's task table); the row keeps its tabs.
    const tableRow = (l.text.match(/\t/g)?.length ?? 0) >= 2;
    let c = tableRow ? { kind: 'table-row' as const, level: 0 } : classifyLine(t);
    // A line the OCR marked as a heading is one, at the level of its numbering (a) under 1. under I.).
    if (markedHeading.has(l.line) && c?.kind !== 'heading') c = { kind: 'heading', level: /^[a-zđ]\)/i.test(t) ? 4 : isAnnexHeading(t) ? 2 : 3 };
    const prev = cur?.lines[cur.lines.length - 1]?.text.trim() ?? '';
    // An annex's title, in capitals under "PHỤ LỤC 1", is a heading of its own one level down.
    const annexTitle = !c && cur?.kind === 'heading' && cur.lines.length === 1 && isAnnexHeading(cur.text) && isCapsLine(t);
    // A blank line between a line set in capitals and one that is not ends a block (a title over its paragraph).
    const capsBreak = prevLine !== null && l.line > prevLine + 1 && isCapsLine(prev) !== isCapsLine(t);
    prevLine = l.line;
    const startsNew =
      !cur ||
      c !== null ||
      annexTitle ||
      capsBreak ||
      cur.kind === 'table-row' ||
      (cur.kind === 'heading' && !continuesHeading(cur, t)) ||
      (/[.:;]$/.test(prev) && /^[\p{Lu}\d"“(]/u.test(t));
    if (annexTitle) {
      cur = { kind: 'heading', level: 3, lines: [l], text: t };
      body.push(cur);
    } else if (startsNew) {
      const text = c?.kind === 'heading' ? romanNumbering(t) : tableRow ? l.text : t;
      // The number as the list reads it, where the OCR printed another (5 for S, III for 111): the draft writes it.
      const [ocrNumber, number] = [printed.split(/[\s.]/)[0], text.split(/[\s.]/)[0]];
      const itemLabel = ocrNumber !== number && /^[\dSs]+$/.test(ocrNumber) ? number : undefined;
      cur = { kind: c?.kind ?? 'paragraph', level: c?.level ?? 0, lines: [l], text, ...(itemLabel ? { itemLabel } : {}) };
      body.push(cur);
    } else {
      cur!.lines.push(l);
      // A line ending in a hyphen breaks a code or a range, not a word ("08-" "NQ/TU", "2018-" "2020"): the
      // hyphen stays, with no space; a dash after a space ("kinh tế -" "xã hội") stays a dash between words.
      cur!.text += (/\S-$/.test(cur!.text) ? '' : ' ') + t;
    }
  }
  listOfDocuments(body);
  readItemLetters(body);
  nestUnderParts(body);
  // A numbered line that ran on over lines and ends as a sentence ends was a numbered paragraph, not a heading.
  for (const b of body) if (b.kind === 'heading' && b.lines.length > 1 && /[.;]$/.test(b.text)) Object.assign(b, { kind: 'paragraph', level: 0 });
  return {
    furniture,
    header,
    titleBlock,
    body,
    footnotes: scan.footnotes,
    unplacedFootnotes: scan.unplaced,
    referenced: scan.rewritten,
    signature,
    recipients,
  };
}
