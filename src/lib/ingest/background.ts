/**
 * General Vietnamese text for the language model (issue #21, part 2): the compound words of
 * @vntk/dictionary's Viet74K list and the definitions and examples of its dictionary, read
 * from node_modules (nothing is downloaded at run time). None of it is from the project's
 * documents, so it is the same whichever document is left out of training. It gives the model
 * the everyday phrases three policy documents never print (đất nước, sâu sắc, ảnh hưởng).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { trainLanguageModel, type LanguageModel } from './lm.ts';
import { normaliseTone } from './syllable.ts';

const require = createRequire(import.meta.url);

interface DictionarySense {
  definition?: string;
  example?: string;
}

/**
 * Runs of lower-case syllables from free text: any character that is neither a letter nor a
 * space ends a run (punctuation, brackets, the "~" between examples, hyphenated loan words).
 */
export function syllableRuns(text: string): string[][] {
  const out: string[][] = [];
  for (const chunk of text.normalize('NFC').split(/[^\p{L}\p{M} ]+/u)) {
    const words = chunk.split(' ').filter(Boolean);
    if (words.length) out.push(words.map((w) => normaliseTone(w.toLowerCase())));
  }
  return out;
}

let cached: string[][] | null = null;

/** The background text as runs of syllables: every compound headword, definition and example. */
export function backgroundSentences(): string[][] {
  if (cached) return cached;
  const dir = join(dirname(require.resolve('@vntk/dictionary/package.json')), 'data');
  const out: string[][] = [];
  // Viet74K: one word per line; the single syllables are already in the inventory's dictionaries.
  for (const line of readFileSync(join(dir, 'Viet74K.txt'), 'utf8').split('\n')) {
    if (!line.includes(' ') || /[^\p{L}\p{M} ]/u.test(line)) continue;
    out.push(...syllableRuns(line));
  }
  const senses = JSON.parse(readFileSync(join(dir, 'dictionary.json'), 'utf8')) as Record<string, DictionarySense[]>;
  for (const list of Object.values(senses))
    for (const s of list) {
      if (s.definition) out.push(...syllableRuns(s.definition));
      if (s.example) out.push(...syllableRuns(s.example));
    }
  cached = out;
  return out;
}

/**
 * The background language model, trained once per process on backgroundSentences(): word pairs
 * only (a bigram model), because its trigrams gained 0.1–0.2 point for a third more time. The
 * inventory only widens its unigram, and every caller passes the same dictionary words.
 */
let model: LanguageModel | null = null;
export function backgroundModel(inventory: Iterable<string>): LanguageModel {
  return (model ??= trainLanguageModel(backgroundSentences(), inventory, 2));
}
