/**
 * Query expansion for Vietnamese search (issue #11). Diacritics, including đ, are folded in the
 * index (see d-variants.ts), so a query needs no rewriting for them. Abbreviations and their
 * expansions (DVCTT ↔ dịch vụ công trực tuyến) are searched as each other. Pure: the search page
 * merges the results.
 */
import { fold } from '../text/fold.ts';
import { escapeRegExp } from '../text/regexp.ts';

/** At most this many queries run for one search, so a long query stays fast. */
export const MAX_VARIANTS = 16;

export interface Abbreviation {
  term: string;
  expansion: string | null;
  variants?: string[];
}

/** Queries with abbreviations replaced by their expansions and expansions by abbreviations. */
export function abbreviationVariants(query: string, glossary: Abbreviation[]): string[] {
  const out = new Set<string>();
  const fq = fold(query);
  for (const g of glossary) {
    if (!g.expansion) continue;
    const fe = fold(g.expansion);
    for (const term of [g.term, ...(g.variants ?? [])]) {
      const ft = fold(term);
      const termRe = new RegExp(`(^|[^a-z0-9])${escapeRegExp(ft)}(?![a-z0-9])`);
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
  return [...new Set([q, ...abbreviationVariants(q, glossary)])].slice(0, MAX_VARIANTS);
}
