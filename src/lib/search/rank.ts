/** Merges and orders Pagefind results from several query variants (pure, unit-tested). */
import { fold } from '../text/fold.ts';
export interface Hit<T> {
  key: string;
  score: number;
  variant: number;
  item: T;
  /** Every variant's hit for the same result. */ alternatives?: Hit<T>[];
}

/** Keeps each result once with its best score (optionally lifting the query as typed, variant 0). */
export function rankResults<T>(hits: Hit<T>[], exactBoost = 1): Hit<T>[] {
  const best = new Map<string, Hit<T>>();
  const all = new Map<string, Hit<T>[]>();
  for (const h of hits) {
    const score = h.variant === 0 ? h.score * exactBoost : h.score;
    all.set(h.key, [...(all.get(h.key) ?? []), h]);
    const prev = best.get(h.key);
    if (!prev || score > prev.score) best.set(h.key, { ...h, score });
  }
  return [...best.values()].map((h) => ({ ...h, alternatives: all.get(h.key)! })).sort((a, b) => b.score - a.score);
}

/**
 * Final order of the fetched results (issue #19): the query exactly as typed (with its diacritics)
 * first, then the query as a phrase ignoring diacritics; within each, passages before sections
 * before whole documents (`tier`, 1–3), then everything else in Pagefind's order, which already
 * has all the words in one passage. A query with a figure ("25% GRDP") prefers target/result
 * records, which hold one figure each.
 */
export function orderByMatch<T>(query: string, results: { item: T; text: string; isRecord: boolean; tier?: number }[]): T[] {
  // Phrases are compared word by word: punctuation between words ("tích hợp, chia sẻ") does not break them.
  const words = (s: string) =>
    ` ${s
      .toLocaleLowerCase('vi')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()} `;
  const q = query.trim();
  const lower = words(q);
  const folded = words(fold(q));
  const hasFigure = /\d/.test(q);
  const phrase = (text: string) => (!lower.trim() ? 0 : words(text).includes(lower) ? 2 : words(fold(text)).includes(folded) ? 1 : 0);
  return results
    .map((r, i) => ({ r, i, phrase: phrase(r.text), tier: r.tier ?? 1, figure: hasFigure && r.isRecord ? 1 : 0 }))
    .sort((a, b) => b.phrase - a.phrase || a.tier - b.tier || b.figure - a.figure || a.i - b.i)
    .map((x) => x.r.item);
}
