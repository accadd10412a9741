/**
 * The syllable and word inventory (issue #21, part 2): every word a restoration may output.
 * From the two Vietnamese dictionaries on the npm registry (@cspell/dict-vi-vn, dictionary-vi),
 * read from node_modules (nothing is downloaded at run time), and the training corpus.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { importTrie, iteratorTrieWords } from 'cspell-trie-lib';
import { normaliseTone } from './syllable.ts';

const require = createRequire(import.meta.url);

/** Lower-case words of @cspell/dict-vi-vn and dictionary-vi, in the project's tone placement. */
export function dictionaryWords(): Set<string> {
  const out = new Set<string>();
  const add = (w: string) => {
    const x = w.trim();
    if (x && /^\p{L}+$/u.test(x)) out.add(normaliseTone(x.toLowerCase()));
  };
  const cspellDir = dirname(require.resolve('@cspell/dict-vi-vn/cspell-ext.json'));
  const trieText = gunzipSync(readFileSync(join(cspellDir, 'vi.trie.gz'))).toString('utf8');
  for (const w of iteratorTrieWords(importTrie(trieText.split('\n')))) add(w);
  const dicDir = dirname(require.resolve('dictionary-vi'));
  // Hunspell .dic: a count on the first line, then "word[/flags]".
  for (const line of readFileSync(join(dicDir, 'index.dic'), 'utf8').split('\n').slice(1)) add(line.split('/')[0]);
  return out;
}
