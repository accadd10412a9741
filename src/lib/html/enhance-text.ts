/**
 * Post-processes rendered HTML text (issue #10), pure: links every cited document number to its
 * page and marks the first use of each glossary abbreviation on the page with <abbr>, followed by
 * the expansion for screen readers. Only text outside links, code, scripts and SVG is touched.
 */
import { CITATION_RE } from '../citations.ts';
import { escapeRegExp } from '../text/regexp.ts';

export interface AbbreviationEntry {
  term: string;
  expansion: string;
  id: string;
}
export interface EnhanceOptions {
  abbreviations: AbbreviationEntry[];
  /** URL of a cited number's page, or null to leave it as text. */
  citationHref: (number: string) => string | null;
  /** HTML to show after the first citation of a number on the page (a reader note about it), or null. */
  citationNote?: (number: string) => string | null;
}

const SKIP = new Set(['a', 'abbr', 'script', 'style', 'code', 'pre', 'textarea', 'svg', 'title', 'option', 'select', 'button', 'label', 'summary']);
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function enhanceHtml(html: string, opts: EnhanceOptions): string {
  const used = new Set<string>();
  const noted = new Set<string>();
  const terms = [...opts.abbreviations].sort((a, b) => b.term.length - a.term.length);
  const abbrRe = terms.length ? new RegExp(`(?<![\\p{L}\\p{N}/-])(${terms.map((t) => escapeRegExp(t.term)).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null;
  const byTerm = new Map(terms.map((t) => [t.term, t]));
  const stack: string[] = [];
  const out: string[] = [];
  for (const part of html.split(/(<[^>]+>)/)) {
    if (part.startsWith('<')) {
      const m = /^<(\/)?([a-zA-Z][\w-]*)/.exec(part);
      if (m) {
        const name = m[2].toLowerCase();
        if (m[1]) {
          const i = stack.lastIndexOf(name);
          if (i >= 0) stack.splice(i);
        } else if (!part.endsWith('/>') && SKIP.has(name)) stack.push(name);
      }
      out.push(part);
      continue;
    }
    if (!part || stack.length) {
      out.push(part);
      continue;
    }
    // Work on decoded text positions: entities stay intact because patterns never contain & or ;.
    type Hit = { start: number; end: number; html: string };
    const hits: Hit[] = [];
    for (const m of part.matchAll(CITATION_RE)) {
      const href = opts.citationHref(m[1]);
      if (!href) continue;
      const note = noted.has(m[1]) ? null : (opts.citationNote?.(m[1]) ?? null);
      if (note) noted.add(m[1]);
      hits.push({ start: m.index!, end: m.index! + m[1].length, html: `<a class="cite" href="${escapeHtml(href)}">${m[1]}</a>${note ?? ''}` });
    }
    if (abbrRe)
      for (const m of part.matchAll(abbrRe)) {
        const t = byTerm.get(m[1])!;
        if (used.has(t.id) || hits.some((h) => m.index! < h.end && m.index! + m[1].length > h.start)) continue;
        used.add(t.id);
        hits.push({
          start: m.index!,
          end: m.index! + m[1].length,
          html: `<abbr title="${escapeHtml(t.expansion)}">${m[1]}</abbr><span class="sr-only" data-pagefind-ignore> (${escapeHtml(t.expansion)})</span>`,
        });
      }
    hits.sort((a, b) => a.start - b.start);
    let last = 0;
    let text = '';
    for (const h of hits) {
      if (h.start < last) continue;
      text += part.slice(last, h.start) + h.html;
      last = h.end;
    }
    out.push(text + part.slice(last));
  }
  return out.join('');
}
