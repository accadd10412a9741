/**
 * Scoring a restoration against the hand restoration (issue #21, part 3). The gold reading of
 * every OCR token comes from the fidelity checker's alignment of the hand-restored document with
 * its source; tokens the reviewers replaced through `readings` are scored as one group.
 */
import type { LoadedDocument } from '../content/documents.ts';
import type { DocumentMeta } from '../../schemas/document.ts';
import { matchFidelity } from '../fidelity/check.ts';
import { goldMatch, tableLinesOf } from './gold-pairs.ts';
import { tokenize, type Token } from '../fidelity/tokens.ts';
import { comparable, normaliseTone } from './syllable.ts';

/** One scored unit: OCR tokens of a source line (usually one) and what the hand restoration reads there. */
export interface GoldUnit {
  line: number;
  tokens: number[];
  gold: string;
  /** A code the OCR broke after its hyphen ("08-" / "NQ/TU"): the next line's first token, which the draft joins to it. */
  continued?: { line: number; token: number };
}

/** The OCR tokens of each source line as the restorer sees them (furniture lines are empty). */
export function sourceLineTokens(doc: Pick<LoadedDocument, 'meta' | 'sourceText'>): Token[][] {
  return doc.sourceText.split('\n').map((l, i) => tokenize(l.replace(/<\/?[a-z]+>/g, ' '), i + 1));
}

/**
 * The hand-restored reading of each paired OCR token. An OCR token may stand for several restored words in a row
 * (NGHIQUYET for Nghị quyết, dichvu for dịch vụ): its gold is all of them, not the last alone.
 */
export function goldReadings(units: { tokens: Token[] }[], pairs: ReadonlyMap<Token, number>, source: Token[]): Map<Token, string> {
  const goldOf = new Map<Token, string>();
  const lastOf = new Map<Token, Token>();
  for (const u of units)
    u.tokens.forEach((t, k) => {
      const i = pairs.get(t);
      if (i === undefined || t.uncertain) return;
      const s = source[i];
      const before = goldOf.get(s);
      goldOf.set(s, before !== undefined && lastOf.get(s) === u.tokens[k - 1] ? `${before} ${t.raw}` : t.raw);
      lastOf.set(s, t);
    });
  return goldOf;
}

/** Gold readings per source line token: the hand restoration's words the gold pairs (goldMatch) give them. */
export function goldUnits(doc: LoadedDocument): GoldUnit[] {
  const m = matchFidelity(doc);
  const pairs = goldMatch(m, tableLinesOf(doc.sourceText));
  const goldOf = goldReadings(m.units, pairs, m.source);
  const byLine = new Map<number, Token[]>();
  for (const t of m.source) byLine.set(t.at, [...(byLine.get(t.at) ?? []), t]);
  const out: GoldUnit[] = [];
  sourceLineTokens(doc).forEach((orig, idx) => {
    const fid = byLine.get(idx + 1) ?? [];
    if (!orig.length || !fid.length) return;
    // Same tokens on both sides except where a reviewed reading or a noise mark changed them:
    // match from the front and the back, and score the middle as one group.
    let a = 0;
    while (a < orig.length && a < fid.length && orig[a].raw === fid[a].raw) a++;
    let b = 0;
    while (b < orig.length - a && b < fid.length - a && orig[orig.length - 1 - b].raw === fid[fid.length - 1 - b].raw) b++;
    const one = (o: number, f: Token) => {
      const g = goldOf.get(f);
      if (g !== undefined) out.push({ line: idx + 1, tokens: [o], gold: g });
    };
    for (let k = 0; k < a; k++) one(k, fid[k]);
    const midO = orig.slice(a, orig.length - b).map((_, k) => a + k);
    const midF = fid.slice(a, fid.length - b);
    if (midO.length && midF.length) {
      const golds = midF.map((f) => goldOf.get(f)).filter((g): g is string => g !== undefined);
      if (golds.length === midF.length) out.push({ line: idx + 1, tokens: midO, gold: golds.join(' ') });
    }
    for (let k = 0; k < b; k++) one(orig.length - 1 - k, fid[fid.length - 1 - k]);
  });
  return withBrokenCodes(out, doc.sourceText.split('\n'), sourceLineTokens(doc));
}

/**
 * A code the OCR broke at a line's end after its hyphen ("Nghị quyết 08-" / "NQ/TU ngày") is one
 * word in the draft (08-NQ/TU, as the layout joins the lines) and in the hand restoration, but its
 * first half alone is paired with the whole code. Such a unit takes the next line's first token as
 * its continuation, and that token is no unit of its own.
 */
export function withBrokenCodes(units: GoldUnit[], lines: string[], tokens: Token[][]): GoldUnit[] {
  // A next line whose first token is part of a group (a reviewed reading over several tokens) is left as it is.
  const grouped = new Set(units.filter((u) => u.tokens.length > 1 && u.tokens[0] === 0).map((u) => u.line));
  const continuedAt = new Set<string>();
  const out = units.map((u) => {
    const last = tokens[u.line - 1]?.length - 1;
    const next = tokens[u.line]?.[0];
    const broken =
      u.tokens.length === 1 &&
      u.tokens[0] === last &&
      next !== undefined &&
      !grouped.has(u.line + 1) &&
      /\S-$/.test(lines[u.line - 1].trimEnd()) &&
      u.gold.split('-').length > tokens[u.line - 1][last].raw.split('-').length;
    if (!broken) return u;
    continuedAt.add(`${u.line + 1}:0`);
    return { ...u, continued: { line: u.line + 1, token: 0 } };
  });
  return out.filter((u) => !(u.tokens.length === 1 && u.tokens[0] === 0 && continuedAt.has(`${u.line}:0`)));
}

export interface TokenPrediction {
  text: string;
  flagged: boolean;
  /** Probability share of the reading (absent: 1). */
  confidence?: number;
  unknown?: boolean;
}

/** One scored unit as the marker sees it: its least confident token, whether a token is unknown, whether the reading is wrong. */
export interface MarkerSample {
  confidence: number;
  unknown: boolean;
  wrong: boolean;
  weight: number;
}

export interface SyllableScore {
  /** Scored syllables (gold words). */
  syllables: number;
  correct: number;
  /** Share of syllables read as the hand restoration reads them, case included (tone placement normalised). */
  accuracy: number;
  /** The same, upper and lower case not told apart (how sessions before the seventh scored). */
  accuracyIgnoringCase: number;
  /** Share of scored syllables the draft marks uncertain or unknown. */
  flaggedShare: number;
  /** Share of wrong syllables that are marked. */
  errorsCaught: number;
  /** Every scored unit, for choosing the marker's threshold (chooseThreshold). */
  samples: MarkerSample[];
  /** Up to 40 wrong readings, for the report. */
  examples: { line: number; ocr: string; predicted: string; gold: string; flagged: boolean }[];
}

/** Compares predictions (per source line, per token) with the gold units. */
export function scoreSyllables(
  units: GoldUnit[],
  predict: (line: number, token: number) => TokenPrediction | undefined,
  ocrOf: (line: number, token: number) => string,
): SyllableScore {
  let syllables = 0;
  let correct = 0;
  let correctIgnoringCase = 0;
  let flagged = 0;
  let wrong = 0;
  let caught = 0;
  const examples: SyllableScore['examples'] = [];
  const samples: MarkerSample[] = [];
  const scored = new Set(units.flatMap((u) => u.tokens.map((t) => `${u.line}:${t}`)));
  // Two tokens the OCR split and the draft joined ("T on" → Tồn) are read on the first: where the gold pairs the
  // word with the second alone, the first token's reading is the draft's reading of it.
  const joinedInto = (line: number, t: number) => {
    const first = t > 0 && !scored.has(`${line}:${t - 1}`) ? predict(line, t - 1) : undefined;
    return first?.text ? first : undefined;
  };
  for (const u of units) {
    const absorbed = u.tokens.length === 1 && predict(u.line, u.tokens[0])?.text === '' ? joinedInto(u.line, u.tokens[0]) : undefined;
    const own = absorbed ? [absorbed] : u.tokens.map((t) => predict(u.line, t));
    const next = u.continued && predict(u.continued.line, u.continued.token);
    const preds = next ? [...own, next] : own;
    const predicted =
      own
        .map((p) => p?.text ?? '')
        .filter(Boolean)
        .join(' ') + (next ? `-${next.text}` : '');
    const weight = Math.max(1, u.gold.split(/\s+/).length);
    const isFlagged = preds.some((p) => p?.flagged);
    syllables += weight;
    if (isFlagged) flagged += weight;
    const right = normaliseTone(predicted) === normaliseTone(u.gold);
    if (comparable(predicted) === comparable(u.gold)) correctIgnoringCase += weight;
    samples.push({ confidence: Math.min(1, ...preds.map((p) => p?.confidence ?? 1)), unknown: preds.some((p) => p?.unknown), wrong: !right, weight });
    if (right) correct += weight;
    else {
      wrong += weight;
      if (isFlagged) caught += weight;
      if (examples.length < 40)
        examples.push({
          line: u.line,
          ocr: u.tokens.map((t) => ocrOf(u.line, t)).join(' ') + (u.continued ? `- ${ocrOf(u.continued.line, u.continued.token)}` : ''),
          predicted,
          gold: u.gold,
          flagged: isFlagged,
        });
    }
  }
  return {
    syllables,
    correct,
    accuracy: syllables ? correct / syllables : 0,
    accuracyIgnoringCase: syllables ? correctIgnoringCase / syllables : 0,
    flaggedShare: syllables ? flagged / syllables : 0,
    errorsCaught: wrong ? caught / wrong : 1,
    samples,
    examples,
  };
}

/** Share of syllables flagged and share of wrong syllables caught when unknown tokens and readings below `threshold` are marked. */
export function markerAt(samples: MarkerSample[], threshold: number): { flaggedShare: number; errorsCaught: number } {
  let all = 0;
  let flagged = 0;
  let wrong = 0;
  let caught = 0;
  for (const s of samples) {
    const f = s.unknown || s.confidence < threshold;
    all += s.weight;
    if (f) flagged += s.weight;
    if (s.wrong) {
      wrong += s.weight;
      if (f) caught += s.weight;
    }
  }
  return { flaggedShare: all ? flagged / all : 0, errorsCaught: wrong ? caught / wrong : 1 };
}

/**
 * The marker's threshold, chosen on training samples only: the highest confidence threshold that
 * flags at most `maxFlagged` of the syllables (unknown tokens are always flagged and count against it).
 */
export function chooseThreshold(samples: MarkerSample[], maxFlagged = 0.1): number {
  const all = samples.reduce((a, s) => a + s.weight, 0);
  let flagged = samples.reduce((a, s) => a + (s.unknown ? s.weight : 0), 0);
  const known = samples.filter((s) => !s.unknown).sort((a, b) => a.confidence - b.confidence);
  // Flagging is monotone in the threshold: a threshold t flags every known sample below t.
  let best = 0;
  let i = 0;
  while (i < known.length && flagged <= maxFlagged * all) {
    best = known[i].confidence;
    const c = known[i].confidence;
    while (i < known.length && known[i].confidence === c) flagged += known[i++].weight;
  }
  if (i >= known.length && flagged <= maxFlagged * all) best = 1.01; // every sample fits the budget
  return best;
}

/** Recall and precision of headings or list items: the draft's are matched to the hand restoration's by their first words (folded). */
export function structureScore(gold: string[], draft: string[]): { gold: number; draft: number; recall: number; precision: number } {
  const key = (s: string) =>
    tokenize(s, 0)
      .slice(0, 4)
      .map((t) => t.key)
      .join(' ');
  const pool = new Map<string, number>();
  for (const d of draft) pool.set(key(d), (pool.get(key(d)) ?? 0) + 1);
  let hit = 0;
  for (const g of gold) {
    const k = key(g);
    const n = pool.get(k) ?? 0;
    if (n > 0) {
      hit++;
      pool.set(k, n - 1);
    }
  }
  return { gold: gold.length, draft: draft.length, recall: gold.length ? hit / gold.length : 1, precision: draft.length ? hit / draft.length : 1 };
}

/** A footnote of an MDX text: its label, its definition's text, and the word its reference follows (tags removed). */
export interface FootnoteText {
  label: string;
  text: string;
  refAfter: string | null;
}

/** The footnotes of an MDX text, in the order of their definitions. */
export function footnoteDefinitions(mdx: string): FootnoteText[] {
  // The body only (the frontmatter's notes may quote a reference); a definition starts its line, so no word precedes it.
  const plain = mdx.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/<[^>]+>/g, '');
  const refAfter = new Map<string, string>();
  for (const m of plain.matchAll(/(\S+?)\[\^([^\]]+)\]/g)) if (!refAfter.has(m[2])) refAfter.set(m[2], m[1]);
  return [...plain.matchAll(/^\[\^([^\]]+)\]:\s*(.*)$/gm)].map((m) => ({ label: m[1], text: m[2], refAfter: refAfter.get(m[1]) ?? null }));
}

/**
 * Footnotes recovered: a draft footnote matches a hand-restored one when at least half of the first
 * eight words of the shorter agree (OCR-folded keys, so a reading error or a garbled document number
 * does not hide it), one to one. Of the matches, `numbered` carry the printed number and `placed`
 * have their reference after the same word (by its OCR-folded key) as the hand restoration's.
 */
export function footnoteScore(
  gold: FootnoteText[],
  draft: FootnoteText[],
): { gold: number; draft: number; recall: number; precision: number; numbered: number; placed: number } {
  const keys = (s: string) =>
    tokenize(s, 0)
      .slice(0, 8)
      .map((t) => t.key);
  const lastKey = (s: string | null) => (s ? (tokenize(s, 0).at(-1)?.key ?? null) : null);
  // Pairs sharing at least half of those words, the pairs that share the most first (the same number first among
  // equals), one to one: footnotes that cite documents share many (Quyết định số … ngày … của Chủ tịch UBND tỉnh),
  // so the first draft footnote to share half is not enough.
  const pairs = gold.flatMap((g, gi) => {
    const gk = keys(g.text);
    return draft.flatMap((d, di) => {
      const dk = keys(d.text);
      const shared = dk.filter((w) => gk.includes(w)).length;
      return shared >= Math.min(dk.length, gk.length) / 2 ? [{ gi, di, score: shared + (d.label === g.label ? 0.5 : 0) }] : [];
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.gi - b.gi);
  const usedGold = new Set<number>();
  const usedDraft = new Set<number>();
  let hit = 0;
  let numbered = 0;
  let placed = 0;
  for (const { gi, di } of pairs) {
    if (usedGold.has(gi) || usedDraft.has(di)) continue;
    usedGold.add(gi);
    usedDraft.add(di);
    const g = gold[gi];
    hit++;
    if (draft[di].label === g.label) numbered++;
    const word = lastKey(g.refAfter);
    if (word !== null && lastKey(draft[di].refAfter) === word) placed++;
  }
  return {
    gold: gold.length,
    draft: draft.length,
    recall: gold.length ? hit / gold.length : 1,
    precision: draft.length ? hit / draft.length : 1,
    numbered,
    placed,
  };
}

/** The frontmatter fields a draft reads from the print (issue #21: số hiệu, place and date, title, signer, Nơi nhận). */
type ScoredMeta = Pick<DocumentMeta, 'docType' | 'number' | 'issuedDate' | 'issuedPlace' | 'title' | 'signature' | 'recipients'>;

/** Share of words two texts share in order (longest common subsequence of their tone-normalised, lower-case words). */
function wordAgreement(a: string, b: string): number {
  const x = a.split(/\s+/).filter(Boolean).map(comparable);
  const y = b.split(/\s+/).filter(Boolean).map(comparable);
  if (!x.length && !y.length) return 1;
  let prev = new Array<number>(y.length + 1).fill(0);
  for (const w of x) {
    const cur = [0];
    for (let j = 1; j <= y.length; j++) cur.push(w === y[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]));
    prev = cur;
  }
  return prev[y.length] / Math.max(x.length, y.length);
}

/**
 * The frontmatter fields a draft read as the hand restoration has them: docType, number, date and place
 * exactly; the title, each signature line and the Nơi nhận (item by item) when 90% of their words agree.
 * A field the print lacks counts right only when the draft leaves it null too. The issuer is left out:
 * the hand restorations name it in full ("Ủy ban nhân dân tỉnh Tiền Giang"), the print as set ("ỦY BAN NHÂN DÂN").
 */
export function frontmatterScore(gold: ScoredMeta, draft: ScoredMeta): { fields: number; right: number; wrong: string[] } {
  const close = (a: string | null | undefined, b: string | null | undefined) =>
    (a ?? null) === null ? (b ?? null) === null : b != null && wordAgreement(a!, b) >= 0.9;
  const list = (a: string[] | null | undefined, b: string[] | null | undefined) =>
    !a?.length ? !b?.length : (b?.length ?? 0) === a.length && a.every((x, i) => close(x, b![i]));
  const checks: [string, boolean][] = [
    ['docType', gold.docType === draft.docType],
    ['number', (gold.number ?? null) === (draft.number ?? null)],
    ['issuedDate', (gold.issuedDate ?? null) === (draft.issuedDate ?? null)],
    ['issuedPlace', close(gold.issuedPlace, draft.issuedPlace)],
    ['title', close(gold.title, draft.title)],
    ['signature.authority', close(gold.signature?.authority, draft.signature?.authority)],
    ['signature.role', close(gold.signature?.role, draft.signature?.role)],
    ['signature.name', close(gold.signature?.name, draft.signature?.name)],
    ['recipients', list(gold.recipients, draft.recipients)],
  ];
  return { fields: checks.length, right: checks.filter(([, ok]) => ok).length, wrong: checks.filter(([, ok]) => !ok).map(([f]) => f) };
}
