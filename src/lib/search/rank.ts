/** Merges Pagefind results from several query variants (pure, unit-tested). */
export interface Hit<T> { key: string; score: number; variant: number; item: T }

/** Keeps each result once with its best score; results of the query as typed (variant 0) get a lift. */
export function rankResults<T>(hits: Hit<T>[], exactBoost = 1.5): Hit<T>[] {
  const best = new Map<string, Hit<T>>();
  for (const h of hits) {
    const score = h.variant === 0 ? h.score * exactBoost : h.score;
    const prev = best.get(h.key);
    if (!prev || score > prev.score) best.set(h.key, { ...h, score });
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}
