/**
 * The fidelity checker (issue #3): aligns a restored document with its OCR source
 * and reports coverage, missing passages, insertions, number differences and a
 * paragraph → source-lines map. Pure: give it text, get a report.
 */
import type { ParsedDocument, Segment } from '../document/parse.ts';
import type { DocumentMeta } from '../../schemas/document.ts';
import { FIDELITY_THRESHOLDS } from './thresholds.ts';
import { tokenize, tokensMatch, type Token } from './tokens.ts';
import { alignTokens, tokenMatcher, uncrossMatches } from './align.ts';

export interface FidelityInput {
  slug: string;
  meta: Pick<DocumentMeta, 'header' | 'titleBlock' | 'signature' | 'recipients'> & {
    source: Pick<DocumentMeta['source'], 'furniture' | 'furnitureRanges' | 'noise' | 'repeatedHeaders' | 'readings'>;
  };
  parsed: Pick<ParsedDocument, 'blocks'>;
  sourceText: string;
}

export interface ParagraphMapEntry {
  /** Block anchor in the restored document ("p-<line>" or heading id; "frontmatter:*" for header/signature). */
  anchor: string;
  /** 1-based MDX line where the block starts (0 for frontmatter pieces). */
  line: number;
  kind: string;
  /** Source line range the block's words were matched to; null when none matched. */
  sourceLines: [number, number] | null;
  /** Share of the block's tokens matched in the source. */
  matched: number;
}

export interface Difference {
  kind: 'missing' | 'inserted' | 'number-missing' | 'number-extra' | 'number-changed';
  /** Source line range (missing text, missing numbers). */
  sourceLines?: [number, number];
  /** Restored block anchor and MDX line (insertions, extra numbers). */
  anchor?: string;
  line?: number;
  text: string;
}

export interface FidelityReport {
  slug: string;
  sourceTokens: number;
  furnitureLines: number;
  /** Source tokens listed as reviewed OCR noise (stray marks), excluded from coverage. */
  noiseTokens: number;
  matchedSourceTokens: number;
  coverage: number;
  restoredTokens: number;
  insertedTokens: number;
  numbers: { source: number; restored: number; differences: number };
  uncertainReadings: number;
  differences: Difference[];
  paragraphs: ParagraphMapEntry[];
  passed: boolean;
  /** Human-readable reasons when not passed. */
  failures: string[];
}

export interface RestoredUnit {
  anchor: string;
  line: number;
  kind: string;
  tokens: Token[];
}

export interface CellUnit extends RestoredUnit {
  /** Number of body units before this cell. */ bodyIndex: number;
}

/** The restored document as units of tokens: header lines, title and body blocks in order, table cells, and loose units (footnotes, signature, Nơi nhận). */
export function restoredUnits(input: FidelityInput): { header: RestoredUnit[]; body: RestoredUnit[]; cells: CellUnit[]; loose: RestoredUnit[] } {
  const header: RestoredUnit[] = [];
  const cells: CellUnit[] = [];
  const body: RestoredUnit[] = [];
  const loose: RestoredUnit[] = [];
  const m = input.meta;
  const unit = (anchor: string, line: number, kind: string, text: string | Segment[]): RestoredUnit => {
    const idx = header.length + body.length + cells.length + loose.length;
    // Uncertain readings and the OCR they record stand where the marker stands; both are
    // exempt from the insertion and number checks, and the OCR lets the source words align.
    const segments = typeof text === 'string' ? [{ text, kind: 'text' as const }] : text;
    return { anchor, line, kind, tokens: segments.flatMap((s) => tokenize(s.text, idx, s.kind !== 'text')) };
  };
  // Header, title, signature, Nơi nhận and footnotes sit elsewhere in the source than in
  // the MDX (frontmatter, end of file), so they are matched order-free in a second pass.
  // One unit per printed line: the two header columns interleave differently in every scan.
  if (m.header) for (const l of [...m.header.left, ...m.header.right]) header.push(unit('frontmatter:header', 0, 'header', l));
  // The title is printed before the body, so it leads the in-order pass.
  for (const l of m.titleBlock) body.push(unit('frontmatter:title', 0, 'title', l));
  for (const b of input.parsed.blocks) {
    // Table rows take part in the in-order pass as whole rows; OCR often reads flattened
    // tables column by column, so each cell's leftovers are then placed order-free near its row.
    if (b.cells) {
      const row = unit(b.anchor, b.startLine, b.kind, '');
      const rowIndex = body.length;
      body.push(row);
      for (const c of b.cells) {
        const cell = { ...unit(b.anchor, b.startLine, 'table-cell', c.segments), bodyIndex: rowIndex };
        row.tokens.push(...cell.tokens);
        cells.push(cell);
      }
      continue;
    }
    const u = unit(b.anchor, b.startLine, b.kind, b.segments);
    (b.kind === 'footnote' ? loose : body).push(u);
  }
  if (m.signature)
    for (const l of [m.signature.authority, m.signature.role, m.signature.note, m.signature.name])
      if (l) loose.push(unit('frontmatter:signature', 0, 'signature', l));
  if (m.recipients) for (const l of ['Nơi nhận:', ...m.recipients]) loose.push(unit('frontmatter:recipients', 0, 'recipients', l));
  return { header, body, cells, loose };
}

/**
 * Aligns restored tokens to source tokens; returns, per restored token, the matched source index or -1.
 * The Myers diff of jsdiff's diffArrays with tokensMatch as comparator, memoised (see align.ts).
 */
function align(source: Token[], restored: Token[]): number[] {
  return Array.from(alignTokens(source, restored));
}

function runs(flags: boolean[], min: number): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let k = 0; k <= flags.length; k++) {
    if (k < flags.length && flags[k]) {
      if (start < 0) start = k;
    } else if (start >= 0) {
      if (k - start >= min) out.push([start, k - 1]);
      start = -1;
    }
  }
  return out;
}

/** The alignment behind a fidelity report: the source tokens, the restored units and which restored token matched which source token. */
export interface FidelityMatch {
  source: Token[];
  /** Header, body and loose units (table cells are inside their rows). */
  units: RestoredUnit[];
  sourceMatched: boolean[];
  restoredMatch: Map<Token, number>;
  furnitureLines: number;
  noiseTokens: number;
}

/** The source's words, without page furniture, repeated headers and reviewed noise; reviewed readings applied. */
function sourceTokens(input: FidelityInput): { source: Token[]; furnitureLines: number; noiseTokens: number } {
  const furniture = input.meta.source.furniture.map((r) => new RegExp(r));
  const noise = new Set(input.meta.source.noise.map((n) => `${n.line}\u0000${n.text}`));
  const readingsByLine = new Map<number, { ocr: string; reading: string }[]>();
  for (const n of input.meta.source.readings) readingsByLine.set(n.line, [...(readingsByLine.get(n.line) ?? []), n]);
  let furnitureLines = 0;
  let noiseTokens = 0;
  const source: Token[] = [];
  const ranges = input.meta.source.furnitureRanges;
  const repeated = input.meta.source.repeatedHeaders.map((r) => ({ re: new RegExp(r), seen: false }));
  input.sourceText.split('\n').forEach((line, idx) => {
    if (furniture.some((re) => re.test(line)) || ranges.some((r) => idx + 1 >= r.from && idx + 1 <= r.to)) {
      furnitureLines++;
      return;
    }
    const rep = repeated.find((r) => r.re.test(line));
    if (rep) {
      if (rep.seen) {
        furnitureLines++;
        return;
      }
      rep.seen = true;
    }
    // Reviewed readings replace the OCR text they name, in place (they may span tokens or be glued to a word).
    let text = line;
    for (const r of readingsByLine.get(idx + 1) ?? []) text = text.replace(r.ocr, ` ${r.reading} `);
    // Inline HTML in clean-Markdown sources (<b>, <i>) is markup, not words.
    for (const t of tokenize(text.replace(/<\/?[a-z]+>/g, ' '), idx + 1)) {
      if (noise.has(`${t.at}\u0000${t.raw}`)) {
        noiseTokens++;
        continue;
      }
      source.push(t);
    }
  });
  return { source, furnitureLines, noiseTokens };
}

/** Which source token each restored token matched, built up pass by pass. */
class Matching {
  readonly sourceMatched: boolean[];
  readonly restoredMatch = new Map<Token, number>();
  readonly source: Token[];
  constructor(source: Token[]) {
    this.source = source;
    this.sourceMatched = new Array<boolean>(source.length).fill(false);
  }
  /** Source indexes in [lo, hi) nothing has matched yet. */
  free(lo = 0, hi = this.source.length): number[] {
    const out: number[] = [];
    for (let i = lo; i < hi; i++) if (!this.sourceMatched[i]) out.push(i);
    return out;
  }
  /** Restored tokens not matched yet. */
  pending(tokens: Token[]): Token[] {
    return tokens.filter((t) => !this.restoredMatch.has(t));
  }
  /** Aligns the tokens, in order, with the source tokens at `pool`, and records each match. */
  commit(tokens: Token[], pool: number[]): void {
    align(
      pool.map((i) => this.source[i]),
      tokens,
    ).forEach((fi, k) => {
      if (fi >= 0) this.match(tokens[k], pool[fi]);
    });
  }
  match(t: Token, sourceIndex: number): void {
    this.sourceMatched[sourceIndex] = true;
    this.restoredMatch.set(t, sourceIndex);
  }
  /** Matched source indexes of the tokens, in source order. */
  placed(tokens: Token[]): number[] {
    return tokens
      .map((t) => this.restoredMatch.get(t))
      .filter((x): x is number => x !== undefined)
      .sort((a, b) => a - b);
  }
}

/** Pass 0: header lines, order-free, against the first lines of the source only. */
function matchHeader(m: Matching, header: RestoredUnit[]): void {
  const headZone = Math.max(60, Math.ceil(m.source.length * 0.05));
  for (const u of header) m.commit(u.tokens, m.free(0, Math.min(headZone, m.source.length)));
}

/** Finds the window of [lo, hi) holding most of the unit's words and aligns the unit there. */
function placeInWindow(m: Matching, u: RestoredUnit, lo: number, hi: number, minShare: number, slack: number): void {
  const { source, sourceMatched } = m;
  const tokens = m.pending(u.tokens);
  if (!tokens.length) return;
  const want = new Set(tokens.map((t) => t.folded));
  const w = Math.max(tokens.length + 8, Math.ceil(tokens.length * slack));
  let best = -1;
  let bestCount = 0;
  let count = 0;
  for (let i = lo; i < hi; i++) {
    if (want.has(source[i].folded) && !sourceMatched[i]) count++;
    if (i - w >= lo && want.has(source[i - w].folded) && !sourceMatched[i - w]) count--;
    if (count > bestCount) {
      bestCount = count;
      best = Math.max(lo, i - w + 1);
    }
  }
  if (best < 0 || bestCount < tokens.length * minShare) return; // too garbled to place here
  m.commit(tokens, m.free(best, Math.min(hi, best + w)));
}

/**
 * Pass 0b: footnotes, which OCR interleaves into the body, are placed in their best-matching window.
 * A footnote may continue across a page break: a second window takes what the first left.
 */
function placeFootnotes(m: Matching, loose: RestoredUnit[]): void {
  for (const u of loose.filter((x) => x.kind === 'footnote')) {
    placeInWindow(m, u, 0, m.source.length, 0.4, 1.3);
    const left = m.pending(u.tokens).length;
    if (left >= 6 && left >= u.tokens.length * 0.3) placeInWindow(m, u, 0, m.source.length, 0.5, 1.3);
  }
}

/** Pass 1: title and body blocks in order, against what the header left. */
function matchBody(m: Matching, body: RestoredUnit[]): void {
  m.commit(
    body.flatMap((u) => u.tokens),
    m.free(),
  );
}

/** Pass 1b: table-cell words the in-order pass left, placed order-free between the neighbouring rows' matches. */
function matchCells(m: Matching, body: RestoredUnit[], cells: CellUnit[]): void {
  const bodyStart: number[] = [];
  const bodyEnd: number[] = [];
  for (const u of body) {
    const hits = u.tokens.map((t) => m.restoredMatch.get(t)).filter((x): x is number => x !== undefined);
    bodyStart.push(hits.length ? Math.min(...hits) : -1);
    bodyEnd.push(hits.length ? Math.max(...hits) : -1);
  }
  for (const u of cells) {
    const pending = m.pending(u.tokens);
    if (!pending.length) continue;
    let lo = 0;
    let hi = m.source.length;
    for (let k = u.bodyIndex - 2; k >= 0; k--)
      if (bodyEnd[k] >= 0) {
        lo = bodyStart[k];
        break;
      }
    for (let k = u.bodyIndex + 2; k < body.length; k++)
      if (bodyStart[k] >= 0) {
        hi = bodyEnd[k] + 1;
        break;
      }
    // Stay close to where the rest of this row was read, so a cell does not take a neighbour's figure.
    const rowHits = m.placed(body[u.bodyIndex].tokens);
    if (rowHits.length) {
      const mid = rowHits[Math.floor(rowHits.length / 2)];
      const reach = Math.max(40, body[u.bodyIndex].tokens.length * 2);
      lo = Math.max(lo, mid - reach);
      hi = Math.min(hi, mid + reach);
    }
    m.commit(pending, m.free(lo, hi));
  }
}

/**
 * Pass 2: signature and Nơi nhận lines are short and printed together: place each in the
 * best-matching window of the source (the last one on ties, as they close a document).
 */
function placeClosingLines(m: Matching, loose: RestoredUnit[]): void {
  const { source, sourceMatched } = m;
  for (const u of loose.filter((x) => x.kind === 'signature' || x.kind === 'recipients')) {
    const pending = m.pending(u.tokens);
    if (!pending.length) continue;
    const w = pending.length + 4;
    // Whether each source token matches any pending word, decided once per token (not once per window).
    const matcher = tokenMatcher(source, pending);
    const hit = source.map((_, k) => !sourceMatched[k] && pending.some((_t, j) => matcher(k, j)));
    let best = -1;
    let bestCount = 0;
    for (let i = 0; i + 1 < source.length; i++) {
      let count = 0;
      for (let k = i; k < Math.min(source.length, i + w); k++) if (hit[k]) count++;
      if (count >= bestCount && count > 0) {
        bestCount = count;
        best = i;
      }
    }
    if (best >= 0 && bestCount >= pending.length * 0.5) m.commit(pending, m.free(best, Math.min(source.length, best + w)));
  }
}

/** Pass 2, end: what is still unplaced (closing lines and footnote words) against everything unmatched. */
function matchLooseLeftovers(m: Matching, loose: RestoredUnit[]): void {
  for (const u of loose) {
    const pending = m.pending(u.tokens);
    if (pending.length) m.commit(pending, m.free());
  }
}

/**
 * Pass 2b: a figure left unplaced on both sides (a table cell whose twin in the neighbouring row
 * took its place) is paired with the nearest unplaced identical figure.
 */
function pairUnplacedFigures(m: Matching, units: RestoredUnit[]): void {
  const { source, sourceMatched } = m;
  for (const u of units) {
    const placed = m.placed(u.tokens);
    const anchor = placed.length ? placed[Math.floor(placed.length / 2)] : -1;
    for (const t of u.tokens) {
      if (t.number === null || m.restoredMatch.has(t) || anchor < 0) continue;
      let best = -1;
      for (let i = Math.max(0, anchor - 1000); i < Math.min(source.length, anchor + 1000); i++) {
        if (!sourceMatched[i] && source[i].number === t.number && (best < 0 || Math.abs(i - anchor) < Math.abs(best - anchor))) best = i;
      }
      if (best >= 0) m.match(t, best);
    }
  }
}

/**
 * Pass 3: word fragments the OCR split off ("t reo" for treo): an unmatched short token next to a
 * matched one on the same line is accounted for when the two joined still read as the restored word.
 */
function acceptSplitFragments(m: Matching): void {
  const { source, sourceMatched } = m;
  const restoredBySource = new Map<number, Token>();
  for (const [t, si] of m.restoredMatch) restoredBySource.set(si, t);
  for (let si = 0; si < source.length; si++) {
    const t = source[si];
    if (sourceMatched[si] || t.number !== null || t.key.length > 2) continue;
    for (const ni of [si - 1, si + 1]) {
      const n = source[ni];
      const r = restoredBySource.get(ni);
      if (!n || !r || n.at !== t.at) continue;
      const joined = ni < si ? n.raw + t.raw : t.raw + n.raw;
      if (tokensMatch(tokenize(joined, t.at)[0] ?? t, r)) {
        sourceMatched[si] = true;
        break;
      }
    }
  }
}

/** Pass 4: crossed pairs traded back (see uncrossMatches); the matched tokens stay the same, so coverage does not change. */
function uncrossPairs(m: Matching, { header, loose }: ReturnType<typeof restoredUnits>, units: RestoredUnit[]): void {
  const orderFree = new Set([...header, ...loose.filter((u) => u.kind !== 'footnote')].flatMap((u) => u.tokens));
  const traded = uncrossMatches(
    m.source,
    m.restoredMatch,
    units.flatMap((u) => u.tokens),
    { orderFree },
  );
  for (const [t, si] of traded) m.restoredMatch.set(t, si);
}

/** Every pass in order; footnotes are placed before or after the body pass as asked. */
function matchInOrder(source: Token[], parts: ReturnType<typeof restoredUnits>, units: RestoredUnit[], footnotesFirst: boolean): Matching {
  const { header, body, cells, loose } = parts;
  const m = new Matching(source);
  matchHeader(m, header);
  if (footnotesFirst) placeFootnotes(m, loose);
  matchBody(m, body);
  if (!footnotesFirst) placeFootnotes(m, loose);
  matchCells(m, body, cells);
  placeClosingLines(m, loose);
  matchLooseLeftovers(m, loose);
  pairUnplacedFigures(m, units);
  acceptSplitFragments(m);
  uncrossPairs(m, parts, units);
  return m;
}

/** Aligns a restored document with its source (the first half of checkFidelity; the scale corpus generator reads it too). */
export function matchFidelity(input: FidelityInput): FidelityMatch {
  const { source, furnitureLines, noiseTokens } = sourceTokens(input);
  const parts = restoredUnits(input);
  const units: RestoredUnit[] = [...parts.header, ...parts.body, ...parts.loose];
  // Footnotes, which OCR interleaves into the body, go before or after the body pass: both orders are
  // tried and the better alignment kept. With no footnotes the two orders are the same computation.
  const tries = parts.loose.some((u) => u.kind === 'footnote')
    ? [matchInOrder(source, parts, units, true), matchInOrder(source, parts, units, false)]
    : [matchInOrder(source, parts, units, true)];
  const score = (t: Matching) => t.sourceMatched.filter(Boolean).length + t.restoredMatch.size;
  const { sourceMatched, restoredMatch } = tries.length > 1 && score(tries[1]) > score(tries[0]) ? tries[1] : tries[0];
  return { source, units, sourceMatched, restoredMatch, furnitureLines, noiseTokens };
}

export function checkFidelity(input: FidelityInput, thresholds = FIDELITY_THRESHOLDS): FidelityReport {
  const { source, units, sourceMatched, restoredMatch, furnitureLines, noiseTokens } = matchFidelity(input);

  const differences: Difference[] = [];
  const lineRange = (a: number, b: number): [number, number] => [source[a].at, source[b].at];
  for (const [a, b] of runs(
    sourceMatched.map((m) => !m),
    thresholds.maxMissingRun,
  )) {
    differences.push({
      kind: 'missing',
      sourceLines: lineRange(a, b),
      text: source
        .slice(a, b + 1)
        .map((t) => t.raw)
        .join(' '),
    });
  }
  let insertedTokens = 0;
  for (const u of units) {
    const unmatched = u.tokens.map((t) => !restoredMatch.has(t) && !t.uncertain);
    insertedTokens += unmatched.filter(Boolean).length;
    for (const [a, b] of runs(unmatched, thresholds.maxInsertedRun)) {
      differences.push({
        kind: 'inserted',
        anchor: u.anchor,
        line: u.line,
        text: u.tokens
          .slice(a, b + 1)
          .map((t) => t.raw)
          .join(' '),
      });
    }
  }
  // Numbers: every source number must be matched by the same number; no restored number may lack a source.
  let numberDiffs = 0;
  const restoredBySource = new Map<number, Token>();
  for (const [t, si] of restoredMatch) restoredBySource.set(si, t);
  source.forEach((t, si) => {
    if (t.number === null) return;
    const r = restoredBySource.get(si);
    if (!r) {
      numberDiffs++;
      differences.push({ kind: 'number-missing', sourceLines: [t.at, t.at], text: t.raw });
    } else if (r.number !== null && r.number !== t.number && !r.uncertain) {
      numberDiffs++;
      differences.push({ kind: 'number-changed', sourceLines: [t.at, t.at], text: `${t.raw} → ${r.raw}` });
    }
    // A lone digit read as a short word ("6" for số) is the OCR's, not a figure.
    else if (r.number === null && !r.uncertain && r.key !== t.key && !(t.raw.length === 1 && r.key.length <= 3)) {
      numberDiffs++;
      differences.push({ kind: 'number-missing', sourceLines: [t.at, t.at], text: `${t.raw} (read as "${r.raw}")` });
    }
  });
  let restoredNumbers = 0;
  for (const u of units)
    for (const t of u.tokens) {
      if (t.number === null || t.uncertain) continue;
      restoredNumbers++;
      const si = restoredMatch.get(t);
      if (si === undefined) {
        numberDiffs++;
        differences.push({ kind: 'number-extra', anchor: u.anchor, line: u.line, text: t.raw });
      } else if (source[si].number === null && source[si].key !== t.key) {
        numberDiffs++;
        differences.push({ kind: 'number-extra', anchor: u.anchor, line: u.line, text: `${t.raw} (source "${source[si].raw}")` });
      }
    }

  const paragraphs: ParagraphMapEntry[] = units.map((u) => {
    const hits = u.tokens.map((t) => restoredMatch.get(t)).filter((x): x is number => x !== undefined);
    const ls = hits.map((si) => source[si].at);
    return {
      anchor: u.anchor,
      line: u.line,
      kind: u.kind,
      sourceLines: ls.length ? [Math.min(...ls), Math.max(...ls)] : null,
      matched: u.tokens.length ? hits.length / u.tokens.length : 1,
    };
  });

  const matchedSourceTokens = sourceMatched.filter(Boolean).length;
  const coverage = source.length ? matchedSourceTokens / source.length : 1;
  const failures: string[] = [];
  if (coverage < thresholds.minCoverage) failures.push(`coverage ${(coverage * 100).toFixed(2)}% is below ${(thresholds.minCoverage * 100).toFixed(0)}%`);
  const missing = differences.filter((d) => d.kind === 'missing').length;
  const inserted = differences.filter((d) => d.kind === 'inserted').length;
  if (missing) failures.push(`${missing} missing passage(s) of ${thresholds.maxMissingRun}+ source words`);
  if (inserted) failures.push(`${inserted} inserted passage(s) of ${thresholds.maxInsertedRun}+ words with no source`);
  if (numberDiffs > thresholds.maxNumberDifferences) failures.push(`${numberDiffs} number difference(s)`);
  return {
    slug: input.slug,
    sourceTokens: source.length,
    furnitureLines,
    noiseTokens,
    matchedSourceTokens,
    coverage,
    restoredTokens: units.reduce((n, u) => n + u.tokens.filter((t) => !t.uncertain).length, 0),
    insertedTokens,
    numbers: { source: source.filter((t) => t.number !== null).length, restored: restoredNumbers, differences: numberDiffs },
    uncertainReadings: 0,
    differences,
    paragraphs,
    passed: failures.length === 0,
    failures,
  };
}
