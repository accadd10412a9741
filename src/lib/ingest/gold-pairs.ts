/**
 * The gold pairs of a restored document (OCR word ↔ hand-restored word), which the model trains on
 * and the evaluation scores with: the fidelity checker's alignment, with each OCR line placed again
 * where a stretch of the restored text fits it clearly better.
 *
 * Why: the fidelity alignment keeps reading order, but the OCR sometimes does not. It runs a
 * footnote's lines into the middle of a paragraph (573: footnote 5 between the lines of a body
 * paragraph) and reads a table across its columns; the order-kept alignment then pairs those words
 * with look-alikes nearby (OCR "dan" with "bàn", "giao" with "quản"), which teaches the confusion
 * model wrong letters and scores right readings as errors. A line of OCR is almost always one
 * stretch of the restored text, or a few (a table row's cells), so each line is aligned on its own
 * against the stretches that share its words and pairs of words. Only the OCR and the hand
 * restoration are read, never a draft's reading.
 */
import type { FidelityMatch } from '../fidelity/check.ts';
import { keyDistance, tokensMatch, type Token } from '../fidelity/tokens.ts';
import { crossColumnRuns } from './structure.ts';

/** Tuning, measured with `npm run ingest:eval`. */
export const REALIGN = {
  /** Shortest OCR line placed again: shorter lines fit too many places. */
  minTokens: 4,
  /** How much better (in match points, about one word each) the new place must fit than the old pairs. */
  margin: 3,
  /** Candidate places per line: the diagonals sharing the most words with it (a table row's line spans several cells). */
  places: 6,
  /** Restored words of slack on either side of a place. */
  slack: 4,
  /** And this many times the line's length: a table row's other cells. */
  rowReach: 2,
  /** A word found more often than this in the restored text casts no vote for a place. */
  commonWord: 60,
  /** Lines either side whose pairs say where a line of a repeated phrase goes. */
  anchorLines: 3,
  /** Within this many points, the place where the line before ended wins. */
  tie: 0.5,
  /** An OCR word left unpaired, or a restored word skipped. */
  gap: -1,
  /** Going on in another stretch of the restored text. */
  jump: -3,
  /** An OCR word paired with a word it does not look like. */
  mismatch: -1.5,
  /**
   * A line the OCR read across a table's columns (crossColumnRuns) holds a few words of each cell of a
   * row, so: every such line of two words or more is placed again, with half a point's margin, ...
   */
  tableMinTokens: 2,
  tableMargin: 0.5,
  /** ... anywhere within this many restored words of where the line before it ended (a row's cells), ... */
  tableReach: 300,
  /**
   * ... and a pair there fits only as well as this or better: the order-kept alignment pairs words of
   * other cells that share an initial (nha with nước, nganh with nâng), which are no reading of each other.
   */
  tableMinFit: 1.5,
  /** A restored word skipped in a table costs little: the other cells' words lie between a line's pieces. */
  tableSkip: -0.2,
};

/** How a line is fitted: the least fit a pair may have, and the cost of a restored word skipped. */
interface LineFit {
  minFit: number;
  skip: number;
}
const ANYWHERE: LineFit = { minFit: -Infinity, skip: REALIGN.gap };
const IN_TABLE: LineFit = { minFit: REALIGN.tableMinFit, skip: REALIGN.tableSkip };

/** How well a source word fits a restored word: the same word 3, the same OCR key 2.5, a look-alike 0.5–2.5, else a mismatch. */
export function fitOf(s: Token, r: Token): number {
  if (s.folded === r.folded) return 3;
  if (!tokensMatch(s, r)) return REALIGN.mismatch;
  if (s.key === r.key) return 2.5;
  const len = Math.max(s.key.length, r.key.length, 1);
  return 0.5 + 2 * Math.max(0, 1 - keyDistance(s, r) / len);
}

/** A word's fit as a line is fitted: below the line's least fit, a mismatch. */
const fitWithin = (s: Token, r: Token, minFit: number): number => {
  const f = fitOf(s, r);
  return f < minFit ? REALIGN.mismatch : f;
};

/**
 * Best alignment of a whole OCR line (every source word consumed) with stretches of restored words:
 * each stretch starts and ends freely inside one of `windows` ([from, to) of restored indices), and
 * the line may go on in another stretch at the cost `jump` (a table row the OCR read across its
 * cells). Returns the score and the fitting pairs (word's index in the line, restored index).
 */
export function alignLine(
  line: Token[],
  restored: Token[],
  windows: [number, number][],
  { minFit, skip }: LineFit = ANYWHERE,
): { score: number; pairs: [number, number][] } {
  const n = line.length;
  const fit = (s: Token, r: Token) => fitWithin(s, r, minFit);
  const grids = windows.map(([from, to]) => {
    const width = Math.max(0, to - from) + 1;
    return { from, width, score: new Float64Array((n + 1) * width), move: new Uint8Array((n + 1) * width) };
  });
  // best[i]: the best alignment of the line's first i words, and where it ends (to go on in another stretch).
  const best: { score: number; grid: number; j: number }[] = [{ score: 0, grid: -1, j: 0 }];
  for (let i = 1; i <= n; i++) {
    let top = { score: -Infinity, grid: 0, j: 0 };
    grids.forEach((g, gi) => {
      const W = g.width;
      for (let j = 0; j < W; j++) {
        // 1 a pair, 2 the OCR word left unpaired, 3 a restored word skipped, 0 a new stretch starts here
        let b = g.score[(i - 1) * W + j] + REALIGN.gap;
        let mv = 2;
        if (j > 0) {
          const diag = g.score[(i - 1) * W + j - 1] + fit(line[i - 1], restored[g.from + j - 1]);
          if (diag > b) {
            b = diag;
            mv = 1;
          }
          const left = g.score[i * W + j - 1] + skip;
          if (left > b) {
            b = left;
            mv = 3;
          }
        }
        g.score[i * W + j] = b;
        g.move[i * W + j] = mv;
        if (b > top.score) top = { score: b, grid: gi, j };
      }
    });
    best.push(top);
    // A new stretch may start after word i anywhere, at the cost of a jump.
    for (const g of grids)
      for (let j = 0; j < g.width; j++)
        if (top.score + REALIGN.jump > g.score[i * g.width + j]) {
          g.score[i * g.width + j] = top.score + REALIGN.jump;
          g.move[i * g.width + j] = 0;
        }
  }
  const pairs: [number, number][] = [];
  let i = n;
  let { grid, j } = best[n];
  while (i > 0 && grid >= 0) {
    const g = grids[grid];
    const mv = g.move[i * g.width + j];
    if (mv === 0) ({ grid, j } = best[i]);
    else if (mv === 1) {
      if (fit(line[i - 1], restored[g.from + j - 1]) > 0) pairs.push([i - 1, g.from + j - 1]);
      i--;
      j--;
    } else if (mv === 2) i--;
    else j--;
  }
  return { score: best[n].score, pairs: pairs.reverse() };
}

/** Score of a line's present pairs on the same scale: each word's fit, a gap for an unpaired word, a skip or jump between stretches. */
function presentScore(line: Token[], at: (number | undefined)[], restored: Token[], { minFit, skip }: LineFit): number {
  let s = 0;
  let prev: number | undefined;
  line.forEach((t, k) => {
    const r = at[k];
    if (r === undefined) return void (s += REALIGN.gap);
    s += fitWithin(t, restored[r], minFit);
    if (prev !== undefined && r !== prev + 1) s += r > prev ? Math.max(REALIGN.jump, (r - prev - 1) * skip) : REALIGN.jump;
    prev = r;
  });
  return s;
}

/** The 1-based lines of a source the OCR read across a table's columns (crossColumnRuns): goldMatch's `tableLines`. */
export function tableLinesOf(sourceText: string): Set<number> {
  const out = new Set<number>();
  for (const r of crossColumnRuns(sourceText.split('\n'))) for (let l = r.from; l <= r.to; l++) out.add(l);
  return out;
}

/** A line placed again: its new pairs (word's index in the line, restored index), and where else it may go. */
interface Move {
  gain: number;
  pairs: [number, number][];
  /** The other places of a repeated phrase it fits as well, nearest first: tried when another line holds `pairs`. */
  tied: [number, number][][];
  /** Where the line before ended, when that fits by the margin too: tried last. */
  fallback: [number, number][] | null;
  line: number[];
  table: boolean;
}

const cache = new WeakMap<FidelityMatch, Map<string, Map<Token, number>>>();

/**
 * The fidelity alignment's restored → source map, with each OCR line of `minTokens` words or more
 * paired again where one stretch of the restored text fits it by `margin` points more than its
 * present pairs. Lines are placed best gain first; a restored word keeps the first line that claims it.
 * `tableLines` (tableLinesOf: the OCR read them across a table's columns) are placed within their row
 * as REALIGN's table settings say, and keep no pair that fits worse than `tableMinFit`.
 */
export function goldMatch(m: FidelityMatch, tableLines: ReadonlySet<number> = new Set()): Map<Token, number> {
  const tablesKey = [...tableLines].join(',');
  const hit = cache.get(m)?.get(tablesKey);
  if (hit) return hit;
  const restored = m.units.flatMap((u) => u.tokens);
  const position = new Map(restored.map((t, i) => [t, i]));
  const sourceToRestored = new Map<number, number>();
  for (const [t, i] of m.restoredMatch) {
    const p = position.get(t);
    if (p !== undefined) sourceToRestored.set(i, p);
  }
  const byKey = new Map<string, number[]>();
  const add = <K>(map: Map<K, number[]>, k: K, i: number) => {
    const a = map.get(k);
    if (a) a.push(i);
    else map.set(k, [i]);
  };
  // Words, and pairs of words in a row (common words, as a pair, still say where a line goes).
  restored.forEach((t, i) => {
    if (t.key.length >= 2) add(byKey, t.key, i);
    if (i + 1 < restored.length) add(byKey, `${t.key} ${restored[i + 1].key}`, i);
  });
  const lines = new Map<number, number[]>();
  m.source.forEach((t, i) => add(lines, t.at, i));

  const moves: Move[] = [];
  // Where the line before ended in the restored text, as paired now or as placed again.
  let previousEnd: number | undefined;
  const lineList = [...lines.values()];
  // Where the order-kept alignment put the lines just before a line and just after it (each a median): a
  // footnote the OCR read into the page sits on one side only.
  const median = (ls: number[][]): number | undefined => {
    const rs = ls.flatMap((ix) => ix.map((i) => sourceToRestored.get(i)).filter((r): r is number => r !== undefined)).sort((a, b) => a - b);
    return rs.length ? rs[rs.length >> 1] : undefined;
  };
  const around = (k: number): number[] =>
    [median(lineList.slice(Math.max(0, k - REALIGN.anchorLines), k)), median(lineList.slice(k + 1, k + 1 + REALIGN.anchorLines))].filter(
      (r): r is number => r !== undefined,
    );
  for (const [lineNo, idx] of lineList.entries()) {
    const line = idx.map((i) => m.source[i]);
    const presentPairs = idx.map((i) => sourceToRestored.get(i));
    const continuation = previousEnd;
    previousEnd = presentPairs.reduce<number | undefined>((end, r) => (r === undefined ? end : r), previousEnd);
    const table = tableLines.has(line[0].at);
    const lineFit: LineFit = table ? IN_TABLE : ANYWHERE;
    const margin = table ? REALIGN.tableMargin : REALIGN.margin;
    if (idx.length < (table ? REALIGN.tableMinTokens : REALIGN.minTokens)) continue;
    const present = presentScore(line, presentPairs, restored, lineFit);
    // No place can beat a line whose every word is its restored word, in order.
    if (present > 3 * line.length - margin) continue;
    // Places: the diagonals (restored index − word's place in the line) that most of its words share.
    const votes = new Map<number, number>();
    const vote = (key: string, k: number) => {
      const at = byKey.get(key) ?? [];
      // A word found all over the document (và, các) says nothing about where the line goes.
      if (at.length <= REALIGN.commonWord) for (const r of at) votes.set(r - k, (votes.get(r - k) ?? 0) + 1);
    };
    line.forEach((t, k) => {
      vote(t.key, k);
      if (k + 1 < line.length) vote(`${t.key} ${line[k + 1].key}`, k);
    });
    // Among places with as many votes (a phrase the document repeats: *Tồn tại, hạn chế*), the nearest to where the
    // order-kept alignment put the lines around it: after a footnote, where the line before ended is no guide, and
    // a line of a repeated phrase may itself be paired with a footnote's words.
    const anchors = around(lineNo);
    if (!anchors.length) anchors.push(presentPairs.find((r) => r !== undefined) ?? continuation ?? 0);
    const distance = (d: number) => Math.min(...anchors.map((a) => Math.abs(d - a)));
    const places = [...votes]
      .filter(([, v]) => v >= 2)
      .sort((a, b) => b[1] - a[1] || distance(a[0]) - distance(b[0]) || a[0] - b[0])
      .slice(0, REALIGN.places);
    // A window reaches a few lines' worth either side: the other cells of a table row the line runs across.
    const reach = REALIGN.slack + REALIGN.rowReach * line.length;
    const windows = places.map(([d]): [number, number] => [Math.max(0, d - reach), Math.min(restored.length, d + line.length + reach)]);
    // And the line may go on where the line before it ended: the rest of a footnote whose common words
    // ("số tỉnh Tiền Giang") cast no vote, after its first line was placed again.
    const nextWindow: [number, number] | null =
      continuation === undefined ? null : [continuation + 1, Math.min(restored.length, continuation + 1 + line.length + REALIGN.slack)];
    if (nextWindow) windows.push(nextWindow);
    if (table && continuation !== undefined)
      windows.push([Math.max(0, continuation - REALIGN.tableReach), Math.min(restored.length, continuation + REALIGN.tableReach)]);
    if (!windows.length) continue;
    const anywhere = alignLine(line, restored, windows, lineFit);
    // Where the line before ended, alone: reading order breaks a tie with a phrase the document repeats elsewhere
    // (*chuyển đổi số tỉnh Tiền Giang*), and is the fallback when a line that stays holds the other place's words.
    // (Not in a table, whose next line starts again in the row's first cell.)
    const next = nextWindow && !table ? alignLine(line, restored, [nextWindow], lineFit) : null;
    const best = next && next.score >= anywhere.score - REALIGN.tie ? next : anywhere;
    if (best.score >= present + margin) {
      const fallback = next && next !== best && next.score >= present + margin ? next.pairs : null;
      // A phrase the document repeats fits each of its places as well: the nearest is tried first, and where
      // another line holds it, the next (a section's *b) Tồn tại, hạn chế* after a footnote goes to its own).
      const tied =
        best === anywhere && !table
          ? windows
              .slice(0, places.length)
              .map((w) => alignLine(line, restored, [w], lineFit))
              .filter((a) => a.score >= anywhere.score - REALIGN.tie)
              .map((a) => a.pairs)
          : [];
      moves.push({ gain: best.score - present, pairs: best.pairs, tied, fallback, line: idx, table });
      previousEnd = best.pairs.at(-1)?.[1] ?? previousEnd;
    }
  }

  const restoredToSource = new Map<number, number>();
  for (const [s, r] of sourceToRestored) restoredToSource.set(r, s);
  const moving = new Set(moves.map((mv) => m.source[mv.line[0]].at));
  // A restored word stays with a line that is not moving and reads it at least as well (a phrase the
  // document repeats fits both of its OCR lines); a move that would take a quarter of its words so is dropped.
  const held = (k: number, r: number, line: number[]) => {
    const old = restoredToSource.get(r);
    if (old === undefined || moving.has(m.source[old].at)) return false;
    return fitOf(m.source[old], restored[r]) >= fitOf(m.source[line[k]], restored[r]);
  };
  const claimed = new Set<number>();
  moves.sort((a, b) => b.gain - a.gain);
  for (const mv of moves) {
    const freeOf = (pairs: [number, number][]) => pairs.filter(([k, r]) => !claimed.has(r) && !held(k, r, mv.line));
    let [free, of] = [freeOf(mv.pairs), mv.pairs.length];
    for (const pairs of mv.tied) if (free.length < 0.75 * of) [free, of] = [freeOf(pairs), pairs.length];
    if (free.length < 0.75 * of && mv.fallback) [free, of] = [freeOf(mv.fallback), mv.fallback.length];
    // A table line's old pairs are no better than its new ones taken by other lines: it keeps what is free.
    if (!mv.table && free.length < 0.75 * of) continue;
    // The line's old pairs go; its words pair with the new stretch, which loses its old partners.
    for (const i of mv.line) {
      const r = sourceToRestored.get(i);
      if (r !== undefined && !claimed.has(r)) restoredToSource.delete(r);
      sourceToRestored.delete(i);
    }
    for (const [k, r] of free) {
      const old = restoredToSource.get(r);
      if (old !== undefined) sourceToRestored.delete(old);
      sourceToRestored.set(mv.line[k], r);
      restoredToSource.set(r, mv.line[k]);
      claimed.add(r);
    }
  }
  // A word paired with a look-alike beside its own word, which no word holds, takes its own: the OCR's ¢) is no token, so
  // "¢) Chu trì" had paired Chu with the item's letter c, not with Chủ next to it.
  for (const [r, s] of [...restoredToSource]) {
    if (restored[r].folded === m.source[s].folded) continue;
    const own = [r + 1, r - 1].find((o) => o >= 0 && o < restored.length && !restoredToSource.has(o) && restored[o].folded === m.source[s].folded);
    if (own === undefined) continue;
    restoredToSource.delete(r);
    restoredToSource.set(own, s);
  }
  const out = new Map<Token, number>();
  for (const [r, s] of restoredToSource) if (!tableLines.has(m.source[s].at) || fitOf(m.source[s], restored[r]) >= REALIGN.tableMinFit) out.set(restored[r], s);
  if (!cache.has(m)) cache.set(m, new Map());
  cache.get(m)!.set(tablesKey, out);
  return out;
}
