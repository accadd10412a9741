/**
 * The syllable trigram language model (issue #21, part 3), interpolated Kneser–Ney down to a
 * unigram that gives every inventory word a little mass, so a dictionary word never seen in
 * the corpus stays possible.
 */
import { lmKey } from './syllable.ts';

export interface LanguageModel {
  uni: Map<string, number>;
  bi: Map<string, number>;
  tri: Map<string, number>;
  /** Distinct followers of each one- and two-word history. */
  followers: Map<string, number>;
  /** Counts of each history as a history. */
  history: Map<string, number>;
  tokens: number;
  vocabulary: number;
  /** Kneser–Ney continuation counts: distinct words before each word, before each bigram, around each middle word. */
  leftOf: Map<string, number>;
  leftOfBigram: Map<string, number>;
  middle: Map<string, number>;
  bigramTypes: number;
  /** 3 for a trigram model; 2 for a bigram model (no trigram counts kept: the background, background.ts). */
  order: 2 | 3;
}

const BOS = '<s>';
const SEP = '\u0001';
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/** Trains on sentences of words (each a block of running text); `extraWords` only widen the unigram. */
export function trainLanguageModel(sentences: string[][], extraWords: Iterable<string>, order: 2 | 3 = 3): LanguageModel {
  const lm: LanguageModel = {
    uni: new Map(),
    bi: new Map(),
    tri: new Map(),
    followers: new Map(),
    history: new Map(),
    tokens: 0,
    vocabulary: 0,
    leftOf: new Map(),
    leftOfBigram: new Map(),
    middle: new Map(),
    bigramTypes: 0,
    order,
  };
  for (const s of sentences) {
    const w = [BOS, BOS, ...s.map(lmKey)];
    for (let i = 2; i < w.length; i++) {
      bump(lm.uni, w[i]);
      lm.tokens++;
      const b = w[i - 1] + SEP + w[i];
      const t = w[i - 2] + SEP + b;
      if (!lm.bi.has(b)) {
        bump(lm.followers, w[i - 1]);
        bump(lm.leftOf, w[i]);
        lm.bigramTypes++;
      }
      bump(lm.bi, b);
      bump(lm.history, w[i - 1]);
      if (order === 2) continue;
      if (!lm.tri.has(t)) {
        bump(lm.followers, w[i - 2] + SEP + w[i - 1]);
        bump(lm.leftOfBigram, b);
        bump(lm.middle, w[i - 1]);
      }
      bump(lm.tri, t);
      bump(lm.history, w[i - 2] + SEP + w[i - 1]);
    }
  }
  const vocab = new Set(lm.uni.keys());
  for (const w of extraWords) vocab.add(lmKey(w));
  lm.vocabulary = vocab.size + 1;
  return lm;
}

/** The Kneser–Ney discount (the usual 0.75, not tuned on the evaluated documents). */
const D = 0.75;

/**
 * P(w | u v), interpolated Kneser–Ney with the start-of-block symbol for missing history: the
 * trigram, then the bigram by continuation counts (how many distinct words came before "v w"),
 * then a continuation unigram mixed half and half with the smoothed unigram, so that a dictionary
 * word never seen in the corpus stays possible.
 */
export function probability(lm: LanguageModel, u: string, v: string, w: string): number {
  return probabilityOf(lm, trigramKeys(u, v, w));
}

/** The map keys of one trigram, built once when several models are asked about it. */
export interface TrigramKeys {
  v: string;
  w: string;
  vw: string;
  uv: string;
  uvw: string;
}

// The search asks about many words after one context in a row: its key is built (and hashed by the maps) once.
let lastContext = { u: '', v: '', uv: SEP };

export const trigramKeys = (u: string, v: string, w: string): TrigramKeys => {
  if (lastContext.u !== u || lastContext.v !== v) lastContext = { u, v, uv: u + SEP + v };
  const { uv } = lastContext;
  return { v, w, vw: v + SEP + w, uv, uvw: uv + SEP + w };
};

/** probability() with the keys built already. */
export function probabilityOf(lm: LanguageModel, k: TrigramKeys): number {
  const pu = ((lm.uni.get(k.w) ?? 0) + 0.5) / (lm.tokens + 0.5 * lm.vocabulary);
  const pc = 0.5 * ((lm.leftOf.get(k.w) ?? 0) / Math.max(1, lm.bigramTypes)) + 0.5 * pu;
  if (lm.order === 2) {
    // The top order of a bigram model: the pair's own counts, discounted, down to the continuation unigram.
    const hv = lm.history.get(k.v) ?? 0;
    return hv ? Math.max((lm.bi.get(k.vw) ?? 0) - D, 0) / hv + ((D * (lm.followers.get(k.v) ?? 0)) / hv) * pc : pc;
  }
  const mid = lm.middle.get(k.v) ?? 0;
  const pb = mid ? Math.max((lm.leftOfBigram.get(k.vw) ?? 0) - D, 0) / mid + ((D * (lm.followers.get(k.v) ?? 0)) / mid) * pc : pc;
  const h = lm.history.get(k.uv) ?? 0;
  if (!h) return pb;
  return Math.max((lm.tri.get(k.uvw) ?? 0) - D, 0) / h + ((D * (lm.followers.get(k.uv) ?? 0)) / h) * pb;
}

export const START = BOS;

/** Every trigram the model holds, as "u v w" (for the exclusion test). */
export function trigrams(lm: LanguageModel): string[] {
  return [...lm.tri.keys()].map((k) => k.split(SEP).join(' '));
}

/** P(w) alone (smoothed unigram), for ranking candidates before the search. */
export function unigram(lm: LanguageModel, w: string): number {
  return ((lm.uni.get(lmKey(w)) ?? 0) + 0.5) / (lm.tokens + 0.5 * lm.vocabulary);
}
