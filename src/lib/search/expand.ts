/**
 * Query expansion for Vietnamese search (issue #11). Pagefind folds tone marks but not đ, so
 * a query typed without diacritics ("duong", "chuyen doi so", "749/QD-TTg") is also searched
 * with each "d" read as "đ". Abbreviations and their expansions (DVCTT ↔ dịch vụ công trực
 * tuyến) are searched as each other. Pure: the search page merges the results.
 */
import { fold, stripDiacritics } from '../text/fold.ts';

/** At most this many variants per query, so a long query stays fast. */
export const MAX_VARIANTS = 16;

/** Every way of reading the query's "d"s as "đ" (the query itself first). */
export function dVariants(query: string): string[] {
  const words = query.split(/(\s+)/);
  let variants = [''];
  for (const w of words) {
    const forms = /^\s+$/.test(w) ? [w] : wordForms(w);
    const next: string[] = [];
    for (const v of variants) for (const f of forms) next.push(v + f);
    variants = next.slice(0, MAX_VARIANTS);
  }
  return [...new Set(variants)];
}

/**
 * A word's d/đ readings. In Vietnamese đ only begins a syllable, so only a word-initial d can be
 * đ; in document numbers ("749/QD-TTg", "ND-CP") a D after Q or N, or after "/" or "-", can be Đ.
 */
function wordForms(word: string): string[] {
  const positions: number[] = [];
  for (let i = 0; i < word.length; i++) {
    if (word[i] !== 'd' && word[i] !== 'D') continue;
    const prev = word[i - 1];
    if (i === 0 || prev === '/' || prev === '-' || ((prev === 'Q' || prev === 'N') && word[i] === 'D')) positions.push(i);
  }
  let forms = [word];
  for (const i of positions) forms = forms.flatMap((w) => [w, w.slice(0, i) + (w[i] === 'd' ? 'đ' : 'Đ') + w.slice(i + 1)]);
  return forms;
}

export interface Abbreviation { term: string; expansion: string | null; variants?: string[] }

/** Queries with abbreviations replaced by their expansions and expansions by abbreviations. */
export function abbreviationVariants(query: string, glossary: Abbreviation[]): string[] {
  const out = new Set<string>();
  const fq = fold(query);
  for (const g of glossary) {
    if (!g.expansion) continue;
    const fe = fold(g.expansion);
    for (const term of [g.term, ...(g.variants ?? [])]) {
      const ft = fold(term);
      const termRe = new RegExp(`(^|[^a-z0-9])${ft.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`);
      if (termRe.test(fq)) out.add(fq.replace(termRe, `$1${fe}`));
      if (fq.includes(fe)) out.add(fq.replace(fe, ft));
    }
  }
  return [...out];
}

/** All queries to run for what the user typed, most exact first. */
export function expandQuery(query: string, glossary: Abbreviation[]): string[] {
  const q = query.trim().replace(/\s+/g, ' ');
  if (!q) return [];
  const base = [q, ...abbreviationVariants(q, glossary)];
  // Only a query typed without diacritics can hide a đ.
  const all = base.flatMap((b) => (b === stripDiacritics(b) ? dVariants(b) : [b]));
  return [...new Set([q, ...all])].slice(0, MAX_VARIANTS * 2);
}
