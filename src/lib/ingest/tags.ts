/**
 * Draft section tags (issue #21): a naive Bayes classifier over the folded words of the tagged
 * sections of the training documents, one yes/no decision per pillar and per sector.
 */
import { fold } from '../text/fold.ts';
import type { TrainingData } from './training.ts';

export interface TagClassifier {
  labels: { kind: 'pillars' | 'sectors'; id: string; words: Map<string, number>; total: number; sections: number }[];
  all: Map<string, number>;
  allTotal: number;
  sections: number;
}

const wordsOf = (s: string) =>
  fold(s)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1);

export function trainTagClassifier(data: TrainingData): TagClassifier {
  const c: TagClassifier = { labels: [], all: new Map(), allTotal: 0, sections: 0 };
  const label = (kind: 'pillars' | 'sectors', id: string) => {
    let l = c.labels.find((x) => x.kind === kind && x.id === id);
    if (!l) c.labels.push((l = { kind, id, words: new Map(), total: 0, sections: 0 }));
    return l;
  };
  for (const d of data.documents)
    for (const s of d.parsed.sections) {
      const text = [s.heading.text, ...d.parsed.blocks.filter((b) => b.sectionId === s.heading.id).map((b) => b.text)].join(' ');
      const ws = wordsOf(text);
      c.sections++;
      for (const w of ws) {
        c.all.set(w, (c.all.get(w) ?? 0) + 1);
        c.allTotal++;
      }
      if (!s.own) continue;
      for (const [kind, ids] of [
        ['pillars', s.own.pillars],
        ['sectors', s.own.sectors],
      ] as const)
        for (const id of ids) {
          const l = label(kind, id);
          l.sections++;
          for (const w of ws) {
            l.words.set(w, (l.words.get(w) ?? 0) + 1);
            l.total++;
          }
        }
    }
  return c;
}

/** Labels whose average per-word log-likelihood ratio over the section is clearly positive. */
export function classifyTags(c: TagClassifier, text: string, margin = 0.9): { pillars: string[]; sectors: string[] } {
  const ws = wordsOf(text);
  const out = { pillars: [] as string[], sectors: [] as string[] };
  if (ws.length < 8) return out;
  const V = c.all.size + 1;
  for (const l of c.labels) {
    if (l.sections < 2) continue;
    let s = 0;
    for (const w of ws) s += Math.log(((l.words.get(w) ?? 0) + 0.5) / (l.total + 0.5 * V)) - Math.log(((c.all.get(w) ?? 0) + 0.5) / (c.allTotal + 0.5 * V));
    if (s / ws.length > margin) out[l.kind].push(l.id);
  }
  return out;
}

/** The pillar the section's words favour most, however weakly (a draft record needs one; the reviewer confirms it). */
export function likeliestPillar(c: TagClassifier, text: string): string | null {
  const ws = wordsOf(text);
  const V = c.all.size + 1;
  let best: { id: string; s: number } | null = null;
  for (const l of c.labels) {
    if (l.kind !== 'pillars' || l.sections < 2 || !ws.length) continue;
    let s = 0;
    for (const w of ws) s += Math.log(((l.words.get(w) ?? 0) + 0.5) / (l.total + 0.5 * V)) - Math.log(((c.all.get(w) ?? 0) + 0.5) / (c.allTotal + 0.5 * V));
    if (!best || s > best.s) best = { id: l.id, s };
  }
  return best?.id ?? null;
}
