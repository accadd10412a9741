/**
 * Assembles a reviewable draft from an OCR source (issue #21): restored MDX in the project's
 * conventions with <Uncertain> where the model is unsure, draft frontmatter from the header
 * block, draft <Target>/<Result> marks, draft section tags, and the numbers for the report.
 */
import { stringify } from 'yaml';
import { fold, slugify } from '../text/fold.ts';
import { tokenize, tokenOffsets, tokensMatch } from '../fidelity/tokens.ts';
import type { LanguageModel } from './lm.ts';
import { adaptModel, marksPrinted, restoreTokens, SEARCH, type DecodedRun, type RestoredToken, type RestorationModel } from './restore.ts';
import { isCapsLine, normaliseTone, sentenceOpeners } from './syllable.ts';
import {
  crossColumnRuns,
  isSignerRole,
  isSigningAuthority,
  layoutOf,
  opensWithGlyphLetter,
  splitRecipientLine,
  type SourceLayout,
  type SourceLine,
} from './structure.ts';
import { dropFootnoteRefs, writeFootnoteRefs } from './footnotes.ts';
import { leftColumn, parseHeader } from './header.ts';
import { classifyTags, likeliestPillar, type TagClassifier } from './tags.ts';
import { escapeRegExp } from '../text/regexp.ts';

export interface RestoredLine {
  /** MDX with <Uncertain> markers. */
  mdx: string;
  /** Best reading, no markers. */
  plain: string;
  words: number;
  flagged: { ocr: string; reading: string; confidence: number; unknown: boolean; line: number }[];
}

/** Average length of a block's lines below which they are a flattened table's cells, not running text (full lines run 70–90). */
const TABLE_LINE = 45;
const averageLength = (lines: SourceLine[]) => lines.reduce((n, l) => n + l.text.trim().length, 0) / lines.length;

/** A frontmatter string is plain text: an OCR's Markdown emphasis in it ("Lưu: VT, THVX (*Thg*)") would show as asterisks. */
const withoutEmphasis = (s: string) => s.replace(/(\*{1,3}|_{2})(\S(?:[^*]*\S)?)\1/g, '$2');

/** MDX reads a backslash, <, >, { and } as syntax: an OCR backslash before a tag would escape the tag's "<". */
const escapeMdx = (s: string) => s.replace(/[\\<>{}]/g, (c) => `\\${c}`);

/**
 * An item lettered with a capital whose small letter has the same shape ("C)" for c)) is the small
 * letter: the documents letter their items a), b), c), and the OCR cannot tell c from C. Not on a
 * line set in capitals. (The run's readings are shared with other callers: copied, not changed.)
 */
export function withSmallItemLetter(out: RestoredToken[], text: string, caps: boolean): RestoredToken[] {
  if (caps || !out.length || !/^\s*[COSUVWXZ]\)/.test(text)) return out;
  return [{ ...out[0], text: out[0].text.toLowerCase() }, ...out.slice(1)];
}

/**
 * The readings of a run's tokens (`raws`, tokenized from `text`), its item letter read as one, or as the list
 * reads it (`itemLabel`: the second of two items lettered d) is đ), S. after 4. is 5.).
 */
function readRun(model: RestorationModel, raws: string[], text: string, caps: boolean, openers: boolean[], itemLabel?: string): RestoredToken[] {
  return withItemLabel(withSmallItemLetter(restoreTokens(model, raws, caps, openers), text, caps), itemLabel);
}

const withItemLabel = (out: RestoredToken[], itemLabel?: string): RestoredToken[] =>
  itemLabel && out.length ? [{ ...out[0], text: itemLabel, confidence: 1, unknown: false }, ...out.slice(1)] : out;

/**
 * Restores one run of OCR text (a block's joined lines, a header line). Running text (a paragraph, a
 * list item, a footnote) may lose a capital the OCR made up in mid-sentence; anything else keeps every
 * capital the OCR gives (a heading, a name, an agency: "Phát triển Kinh tế số", "Nguyễn Văn Vĩnh").
 */
export function restoreText(
  model: RestorationModel,
  text: string,
  line: number,
  caps = isCapsLine(text),
  threshold = SEARCH.threshold,
  runningText = false,
  itemLabel?: string,
): RestoredLine {
  const toks = tokenize(text, line);
  const offs = tokenOffsets(text);
  const out = readRun(
    model,
    toks.map((t) => t.raw),
    text,
    caps,
    runningText ? sentenceOpeners(text) : [],
    itemLabel,
  );
  let mdx = '';
  let plain = '';
  let at = 0;
  const flagged: RestoredLine['flagged'] = [];
  toks.forEach((t, i) => {
    const gap = text.slice(at, offs[i]);
    const o = out[i];
    at = offs[i] + t.raw.length;
    if (o.text === '') {
      return;
    } // absorbed by the previous token (a word the OCR split)
    mdx += escapeMdx(gap);
    plain += gap;
    const low = o.unknown || o.confidence < threshold;
    // One tone placement everywhere, the OCR kept in the marker included (the content check reads the whole file).
    const reading = normaliseTone(o.text);
    if (low) {
      flagged.push({ ocr: t.raw, reading, confidence: o.confidence, unknown: o.unknown, line });
      mdx += `<Uncertain ocr="${normaliseTone(t.raw).replace(/"/g, '&quot;')}">${escapeMdx(reading)}</Uncertain>`;
    } else mdx += escapeMdx(reading);
    plain += reading;
  });
  mdx += escapeMdx(text.slice(at));
  plain += text.slice(at);
  // Footnote references stand in the gaps between words as placeholders (footnotes.ts).
  return { mdx: writeFootnoteRefs(mdx).trim(), plain: dropFootnoteRefs(plain).trim(), words: toks.length, flagged };
}

export interface DraftInput {
  slug: string;
  sourceFile: string;
  sha256: string;
  sourceText: string;
  /** Locality ids and names (content/vocab/localities.yaml). */
  localities: { id: string; name: string }[];
  model: RestorationModel;
  /** General Vietnamese (background.ts), mixed into the final reading of a readable source; null for none. */
  background: LanguageModel | null;
  tags: TagClassifier | null;
}

export interface Draft {
  mdx: string;
  frontmatter: Record<string, unknown>;
  flagged: RestoredLine['flagged'];
  words: number;
  furniture: { line: number; text: string; why: string }[];
  /** Tokens a seal left on the Nơi nhận lines, dropped from the recipients (frontmatter source.noise). */
  sealNoise: { line: number; text: string; why: string }[];
  unread: string[];
  structure: { headings: number; listItems: number; paragraphs: number; footnotes: number; tables: number };
  /** Footnotes taken out of the body (number, first line, line of the reference), and footnote-like lines left in it. */
  footnotes: { n: number; line: number; refLine: number; numberPrinted: boolean }[];
  unplacedFootnotes: SourceLayout['unplacedFootnotes'];
  /** Stretches where the OCR read a table across its columns (crossColumnRuns): read against the scan first. */
  crossColumns: { from: number; to: number; lines: number }[];
  /** Per source line and token: the reading and whether it is flagged (for the evaluation). */
  tokens: Map<string, { text: string; flagged: boolean; confidence: number; unknown: boolean }>;
  garble: number;
  /** Whether the final reading mixed in general Vietnamese (a readable source with a background model). */
  generalVietnamese: boolean;
  /** Whether the source prints its marks, so the words it prints were kept as printed (marksPrinted). */
  marksPrinted: boolean;
  /** The confidence below which the draft marks a reading uncertain (see buildDraft). */
  threshold: number;
}

const TARGET_RE = /(phấn đấu|đến năm \d{4}|tối thiểu|ít nhất|đạt \d|đạt trên|trên \d+\s?%|100\s?%)/i;
const RESULT_RE = /(đã |hiện có|đạt \d|chiếm tỷ lệ|xếp thứ|tăng \d)/i;

/** Above this share of words uncertain at the fixed threshold a source counts as garbled and goes to a person first. */
export const GARBLED = 0.15;

/** At most this share of a readable source's words is marked uncertain: the reviewer's reading budget (issue #21). */
export const REVIEW_BUDGET = 0.1;

/**
 * The confidence threshold that marks at most `budget` of the words: the lowest-confidence words
 * first, unknown words always (and counted). Reads only the draft's own confidences, never a hand
 * restoration, so it is as honest on a new source as on the evaluated ones.
 */
export function budgetThreshold(readings: Iterable<{ confidence: number; unknown: boolean }>, budget = REVIEW_BUDGET): number {
  const all = [...readings];
  let flagged = all.filter((r) => r.unknown).length;
  const known = all
    .filter((r) => !r.unknown)
    .map((r) => r.confidence)
    .sort((a, b) => a - b);
  let best = 0;
  let i = 0;
  // A threshold t marks every known reading below t; stop before the budget is exceeded.
  while (i < known.length) {
    const c = known[i];
    let j = i;
    while (j < known.length && known[j] === c) j++;
    best = c;
    if (flagged + (j - i) > budget * all.length) break;
    flagged += j - i;
    i = j;
  }
  return i >= known.length ? 1.01 : best;
}

/**
 * The draft of an OCR source. The trained model's readings are first marked at the fixed
 * `SEARCH.threshold`; the share so marked is the source's garble. The model is then adapted to the
 * source by those readings (adaptModel) and reads it again; a garbled source (above GARBLED, goes to a person first)
 * keeps the fixed threshold's marking; a readable one is marked again at the threshold that spends the review
 * budget (at most 10% of its words, the least confident first), which catches more of its errors
 * than the fixed threshold at the same cost.
 */
export function buildDraft(given: DraftInput): Draft {
  // A source that prints its marks keeps every word it prints; restoring it would only change right words.
  const input = marksPrinted(given.sourceText, given.model.words) ? { ...given, model: { ...given.model, keepWords: true } } : given;
  // The trained model's reading measures the source's garble and adapts the model to the source
  // (adaptModel: its confident readings, no hand restoration); the draft is the adapted model's reading.
  const runs: DecodedRun[] = [];
  const garble = draftAt(input, SEARCH.threshold, runs).garble;
  // General Vietnamese helps where the letters can be trusted; on a garbled source its many
  // plausible pairs made wrong readings more confident (Hà Tiên: errors marked 87% → 81%), so it stays out.
  const background = garble > GARBLED ? null : input.background;
  const adapted: DraftInput = { ...input, model: adaptModel(input.model, runs, background) };
  const first = { ...draftAt(adapted, SEARCH.threshold), garble };
  if (garble > GARBLED) return first;
  const t = budgetThreshold(first.tokens.values());
  if (t === SEARCH.threshold) return first;
  // Decoding is memoised per model: the last pass only re-marks.
  return { ...draftAt(adapted, t), garble };
}

/**
 * The draft's page furniture for the fidelity checker: a line's text as a pattern, unless the pattern would
 * also remove a line the draft keeps as text (a page number "10" and a table's row number "10"), then the line itself.
 */
export function furnitureOf(furniture: SourceLayout['furniture'], sourceText: string) {
  const lines = sourceText.split('\n');
  const isFurniture = new Set(furniture.map((f) => f.line));
  const patterns = new Set<string>();
  const furnitureRanges: { from: number; to: number; why: string }[] = [];
  for (const f of furniture) {
    const pattern = `^${escapeRegExp(f.text)}$`;
    const re = new RegExp(pattern);
    if (lines.some((l, i) => !isFurniture.has(i + 1) && re.test(l))) furnitureRanges.push({ from: f.line, to: f.line, why: f.why });
    else patterns.add(pattern);
  }
  return { furniture: [...patterns], ...(furnitureRanges.length && { furnitureRanges }) };
}

function draftAt(input: DraftInput, threshold: number, runs?: DecodedRun[]): Draft {
  const { model } = input;
  const layout = layoutOf(input.sourceText);
  const flagged: RestoredLine['flagged'] = [];
  const tokens: Draft['tokens'] = new Map();
  let words = 0;
  const unread: string[] = [];
  // Restores lines one by one for the frontmatter and block by block for the body; records per-token readings.
  const run = (lines: SourceLine[], text: string, caps?: boolean, runningText = false, itemLabel?: string): RestoredLine => {
    const r = restoreText(model, text, lines[0]?.line ?? 0, caps, threshold, runningText, itemLabel);
    flagged.push(...r.flagged);
    words += r.words;
    return r;
  };
  const lineTexts = (ls: SourceLine[]) => ls.map((l) => l.text.trim());
  // Token-level readings for the evaluation: restore each block once, then spread its tokens over its lines.
  const record = (ls: SourceLine[], caps: boolean, runningText = false, itemLabel?: string) => {
    // A word a footnote's reference was glued to is read without it (năm 20222 is năm 2022 and reference 2), as the
    // body writes it; the token keeps its place in the printed line, which the evaluation keys on.
    const asRead = (l: SourceLine) => {
      const printed = l.text.replace(/<\/?[a-z]+>/g, ' ');
      const referenced = layout.referenced.get(l.line)?.replace(/<\/?[a-z]+>/g, ' ');
      const count = (t: string) => tokenize(t, l.line).length;
      return referenced !== undefined && count(referenced) === count(printed) ? referenced : printed;
    };
    const texts = ls.map(asRead);
    const toks = ls.flatMap((l, i) => tokenize(texts[i], l.line).map((t, k) => ({ t, k, line: l.line })));
    const text = texts.join('\n');
    const openers = runningText ? sentenceOpeners(text) : [];
    const out = readRun(
      model,
      toks.map((x) => x.t.raw),
      text,
      caps,
      openers.length === toks.length ? openers : [],
    );
    // The adapted model learns from the reading, not from the list's letter: d is no misread đ (only the second d) is).
    runs?.push({ raws: toks.map((x) => x.t.raw), out });
    // An item letter the OCR printed as a mark (¢) for c)) is no token of the printed line: its first token is a word.
    withItemLabel(out, ls[0] && opensWithGlyphLetter(ls[0].text) ? undefined : itemLabel).forEach((o, i) =>
      tokens.set(`${toks[i].line}:${toks[i].k}`, {
        text: o.text,
        flagged: o.unknown || o.confidence < threshold,
        confidence: o.confidence,
        unknown: o.unknown,
      }),
    );
  };

  // Header block: two columns interleaved on each OCR line.
  const header = parseHeader(lineTexts(layout.header), layout.titleBlock[0]?.text ?? '');
  const left: string[] = [];
  const right: string[] = [];
  for (const l of layout.header) {
    record([l], true);
    const { left: a, right: b } = leftColumn(l.text);
    if (a) left.push(run([l], a).plain);
    if (b) right.push(run([l], b).plain);
  }
  const titleLines = layout.titleBlock.map((l) => {
    record([l], isCapsLine(l.text));
    return withoutEmphasis(run([l], l.text.trim()).plain);
  });
  // The trích yếu is the title line(s) in lower case; a capitals line under the type ("CỦA BAN THƯỜNG VỤ") names the issuer.
  const rest = titleLines.slice(1);
  const lowerLines = rest.filter((l) => l !== l.toUpperCase());
  const trichYeu = (lowerLines.length ? lowerLines : rest).join(' ').trim();
  const title = trichYeu ? trichYeu.charAt(0).toUpperCase() + trichYeu.slice(1) : (titleLines[0] ?? '');
  const place = header.placeOcr ? run([], header.placeOcr, false).plain : null;
  const headerFold = fold([...left, ...right, ...titleLines, place ?? ''].join(' '));
  let locality = input.localities.find((l) => headerFold.includes(fold(l.name)))?.id ?? null;
  const issuer = left[0] ?? null;
  if (!header.number) unread.push('number (số hiệu)');
  if (!header.issuedDate) unread.push('issuedDate');
  if (!place) unread.push('issuedPlace');
  if (!issuer) unread.push('issuer');
  if (!header.docType) unread.push('docType');

  // Body.
  const body: string[] = [];
  const slugger = new Map<string, number>();
  let lastLevel = 1;
  const counts = { headings: 0, listItems: 0, paragraphs: 0, footnotes: layout.footnotes.length, tables: 0 };
  const sections: { line: number; heading: string; text: string[]; marks: number }[] = [];
  let markN = 0;
  const prefix = 'nhap';
  const year = (s: string) => /(?:năm|đến)\s+(20\d\d)/.exec(s)?.[1] ?? 'na';
  const mark = (mdx: string, plain: string, isItem: boolean): string => {
    if (!/\d/.test(plain) || !/%|\bnăm 20\d\d\b|\d+\s*(doanh nghiệp|hộ|xã|dịch vụ|thủ tục)/.test(plain)) return mdx;
    const docIsReport = header.docType === 'bao-cao';
    const kind = !docIsReport && TARGET_RE.test(plain) ? 'Target' : RESULT_RE.test(plain) || docIsReport ? 'Result' : null;
    // A record needs a pillar from its section's tags: no mark before the first heading.
    if (!kind || (!isItem && plain.length > 400) || !sections.length) return mdx;
    if (!/[%]|\d{2,}/.test(plain)) return mdx;
    markN++;
    sections[sections.length - 1].marks++;
    const topic =
      slugify(plain.replace(/<[^>]+>/g, ''))
        .split('-')
        .filter((w) => w.length > 2 && !/^\d+$/.test(w))
        .slice(0, 4)
        .join('-') || 'chi-tieu';
    const id = `${prefix}-${kind === 'Result' ? 'kq-' : ''}${year(plain)}-${topic}-${markN}`;
    const m = /^(.*?)([.;:,]?)$/s.exec(mdx)!;
    return `<${kind} id="${id}">${m[1]}</${kind}>${m[2]}`;
  };
  // Consecutive table rows, each cell restored on its own, become one GFM table: the first row is its header.
  let table: { lines: SourceLine[]; cells: string[] }[] = [];
  const flushTable = () => {
    if (!table.length) return;
    const width = Math.max(...table.map((r) => r.cells.length));
    const row = (cells: string[]) => `| ${[...cells, ...Array<string>(width - cells.length).fill('')].join(' | ')} |`;
    body.push([row(table[0].cells), row(Array<string>(width).fill('---')), ...table.slice(1).map((r) => row(r.cells))].join('\n'));
    counts.tables++;
    table = [];
  };
  const tableCell = (lines: SourceLine[], cell: string): string => {
    // <b>…</b> around a whole cell (an OCR's bold) is bold; the tags are marks, not words.
    const bold = /^\s*<b>.*<\/b>\s*$/.test(cell);
    const text = cell.replace(/<\/?[a-z]+>/g, '').trim();
    if (!text) return '';
    const mdx = run(lines, text, isCapsLine(text)).mdx.replace(/\|/g, '\\|');
    return bold ? `**${mdx}**` : mdx;
  };
  for (const b of layout.body) {
    if (b.kind === 'table-row') {
      record(b.lines, false);
      table.push({ lines: b.lines, cells: b.text.split('\t').map((cell) => tableCell(b.lines, cell)) });
      continue;
    }
    flushTable();
    const caps = isCapsLine(b.text);
    // Running text is set in full lines; a table the OCR flattened comes in short ones, each cell opening with a capital.
    const runningText = b.kind !== 'heading' && (b.lines.length < 2 || averageLength(b.lines) >= TABLE_LINE);
    record(b.lines, caps, runningText, b.itemLabel);
    const r = run(b.lines, b.text, caps, runningText, b.itemLabel);
    if (!r.plain) continue;
    if (b.kind === 'heading') {
      const level = Math.min(b.level, lastLevel + 1, 6);
      lastLevel = level;
      counts.headings++;
      body.push(`${'#'.repeat(level)} ${r.mdx.replace(/^#+/, '')}`);
      sections.push({ line: body.length - 1, heading: r.plain, text: [], marks: 0 });
      const id = slugify(r.plain);
      slugger.set(id, (slugger.get(id) ?? 0) + 1);
    } else if (b.kind === 'list-item' || b.kind === 'sub-item') {
      counts.listItems++;
      const item = r.mdx.replace(/^[-–•+]\s*/, '');
      body.push(`${b.kind === 'sub-item' ? '  ' : ''}- ${mark(item, r.plain, true)}`);
      sections[sections.length - 1]?.text.push(r.plain);
    } else {
      counts.paragraphs++;
      // A paragraph opening with "1." or "1)" must not become a Markdown list.
      body.push(mark(r.mdx.replace(/^(\d+)([.)])/, '$1\\$2'), r.plain, false));
      sections[sections.length - 1]?.text.push(r.plain);
    }
  }
  flushTable();
  // No place in the header (Hà Tiên's scan has none): the locality named most often in the body, reported for review.
  if (!locality) {
    // Matched through OCR noise ("Hh Ti6n" ~ Hà Tiên) with the fidelity checker's word matcher.
    const src = tokenize(input.sourceText, 0);
    const count = (name: string) => {
      const want = tokenize(name, 0);
      let n = 0;
      for (let i = 0; i + want.length <= src.length; i++)
        if (want.every((w, k) => tokensMatch(src[i + k], w) && src[i + k].raw[0] === src[i + k].raw[0].toUpperCase())) n++;
      return n;
    };
    const best = input.localities.map((l) => ({ id: l.id, n: count(l.name) })).sort((a, b) => b.n - a.n)[0];
    if (best && best.n > 0) {
      locality = best.id;
      unread.push(`locality (guessed "${best.id}" from the body: confirm)`);
    }
  }
  // Section tags: the classifier's labels under each heading it is confident about.
  if (input.tags) {
    for (const s of [...sections].reverse()) {
      const words = `${s.heading} ${s.text.join(' ')}`;
      const t = classifyTags(input.tags, words);
      // A section holding draft marks gets the likeliest pillar, so each draft record has one (the content check asks for it).
      if (s.marks && !t.pillars.length) {
        const p = likeliestPillar(input.tags, words);
        if (p) t.pillars.push(p);
      }
      const attrs = [t.pillars.length ? `pillars="${t.pillars.join(' ')}"` : '', t.sectors.length ? `sectors="${t.sectors.join(' ')}"` : '']
        .filter(Boolean)
        .join(' ');
      if (attrs) body.splice(s.line + 1, 0, `<Tags ${attrs} />`);
    }
  }
  // Blank line between blocks, none between items of one list.
  let text = '';
  body.forEach((l, i) => {
    const prevItem = i > 0 && /^\s*- /.test(body[i - 1]);
    text += i === 0 ? l : prevItem && /^\s*- /.test(l) ? `\n${l}` : `\n\n${l}`;
  });

  // Footnote definitions close the body, as in the hand restorations.
  for (const f of layout.footnotes) {
    record(f.lines, false, true);
    text += `\n\n[^${f.n}]: ${run(f.lines, f.text, false, true).mdx}`;
  }

  // Signature and Nơi nhận.
  // The signature's lines, the OCR beside each reading: what a line is comes from the print, not from the reading.
  const sig: { ocr: string; text: string }[] = layout.signature.map((l) => {
    record([l], isCapsLine(l.text));
    return { ocr: l.text.trim(), text: run([l], l.text.trim()).plain };
  });
  const rec: string[] = [];
  // What the seal printed over the Nơi nhận left on its lines: dropped from the recipients, named for the fidelity check and the reviewer.
  const sealNoise: { line: number; text: string; why: string }[] = [];
  layout.recipients.forEach((l, i) => {
    record([l], false);
    const { recipient, signature: right, noise } = splitRecipientLine(l.text, i === layout.recipients.length - 1);
    for (const n of noise)
      for (const t of tokenize(n, l.line)) sealNoise.push({ line: l.line, text: t.raw, why: 'Mảnh con dấu in đè lên dòng Nơi nhận, không phải chữ (ingest).' });
    // The signature's lines printed beside the list, in the order printed (authority, title, name).
    for (const s of right) sig.push({ ocr: s, text: run([l], s, isCapsLine(s)).plain });
    if (!recipient) return;
    const text = withoutEmphasis(run([l], recipient).plain);
    // A line in small letters goes on from the recipient above.
    if (rec.length && /^\s*\p{Ll}/u.test(l.text)) rec[rec.length - 1] += ` ${text}`;
    else rec.push(text);
  });
  // "TM. ỦY BAN NHÂN DÂN" over "KT. CHỦ TỊCH": every authority line, in the order printed.
  const authorities = sig.filter((s) => isSigningAuthority(s.ocr));
  // A signer's title is printed in capitals; the OCR's small letters in it ("PHO Bi THU") are its misreads.
  const role = sig.find((s) => !authorities.includes(s) && isSignerRole(s.ocr)) ?? sig.find((s) => !authorities.includes(s) && isCapsLine(s.ocr));
  // A name: not in capitals, two capitalised words at least (the OCR may garble the first: "0 Văn Bình").
  const names = sig.filter((s) => !authorities.includes(s) && s !== role && !isCapsLine(s.ocr) && (s.text.match(/(^|\s)\p{Lu}/gu) ?? []).length >= 2);
  const signature = sig.length
    ? {
        authority: authorities.length ? authorities.map((a) => a.text).join('\n') : null,
        role: role ? (isSignerRole(role.ocr) ? role.text.toUpperCase() : role.text) : null,
        name: names.at(-1)?.text ?? null,
        note: null,
      }
    : null;
  if (signature && !signature.name) unread.push('signature.name');

  if (!locality) unread.push('locality (not in content/vocab/localities.yaml: add it)');
  const frontmatter = {
    title: title || 'Chưa đọc được trích yếu',
    docType: header.docType ?? 'ke-hoach',
    locality: locality ?? 'chua-xac-dinh',
    issuer: issuer ?? 'Chưa đọc được cơ quan ban hành',
    number: header.number,
    issuedDate: header.issuedDate,
    issuedPlace: place,
    header: left.length || right.length ? { left, right } : null,
    titleBlock: titleLines.length ? titleLines : [title || 'Chưa đọc được'],
    signature,
    recipients: rec.length ? rec : null,
    gazette: null,
    related: [],
    source: {
      file: input.sourceFile,
      sha256: input.sha256,
      ...furnitureOf(layout.furniture, input.sourceText),
      ...(sealNoise.length && { noise: sealNoise }),
    },
    restoration: {
      status: 'draft',
      notes: `Bản nháp máy (npm run ingest), chưa được người đọc soát; ${flagged.length} chỗ đánh dấu <Uncertain>.`,
    },
  };
  const garble = words ? flagged.length / words : 0;
  return {
    mdx: `---\n${stringify(frontmatter, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---\n\n${text}\n`,
    frontmatter,
    flagged,
    words,
    furniture: layout.furniture,
    sealNoise,
    unread,
    structure: counts,
    footnotes: layout.footnotes.map((f) => ({ n: f.n, line: f.lines[0].line, refLine: f.refLine, numberPrinted: /^\s*\d/.test(f.lines[0].text) })),
    unplacedFootnotes: layout.unplacedFootnotes,
    crossColumns: crossColumnRuns(input.sourceText.split('\n')),
    tokens,
    garble,
    generalVietnamese: model.background !== null,
    marksPrinted: model.keepWords,
    threshold,
  };
}
