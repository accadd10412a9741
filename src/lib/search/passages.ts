/**
 * Passages of a built document page (issue #19): each paragraph, list item, table body row and
 * footnote, with the id the page gives it (src/lib/markdown/passage-ids.mjs, footnotes: fn-N),
 * its text as a reader sees it and the path of headings above it. Read from the served HTML, so a
 * search record can only link to an anchor that exists and holds the text it shows. Pure.
 */
import { decodeEntities } from '../html/entities.ts';

export type PassageKind = 'paragraph' | 'list-item' | 'table-row' | 'footnote';

export interface HeadingRef {
  id: string;
  text: string;
  level: number;
}

export interface Passage {
  id: string;
  kind: PassageKind;
  /** Text as displayed (for a table row: "column: cell · column: cell", empty cells left out). */
  text: string;
  /** Headings above the passage, outermost first (the document's h1 left out). */
  headings: HeadingRef[];
}

/** Ids the passage-ids plugin gives (heading id, "--", ordinal) and footnote items. */
export const PASSAGE_ID = /^(?:[a-z0-9-]+--\d+|fn-[\w-]+)$/;

const INLINE = new Set(['a', 'abbr', 'b', 'em', 'i', 'mark', 'span', 'strong', 'sub', 'sup', 'code', 'small', 'u', 's']);
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr', 'col', 'source']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:"[^"]*"|'[^']*'|[^'">])*)>|<!--[\s\S]*?-->|([^<]+)/g;

const attr = (attrs: string, name: string) => new RegExp(`\\s${name}(?:="([^"]*)")?(?=[\\s/]|$)`).exec(attrs);
const clean = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?)\]”])/g, '$1')
    .replace(/([([“])\s+/g, '$1')
    .trim()
    .normalize('NFC');

/**
 * The passages of `html` (a document's body). Text inside elements marked data-pagefind-ignore
 * (link icons, screen-reader glosses) and footnote reference/back links is left out.
 */
export function extractPassages(html: string): Passage[] {
  const headings: HeadingRef[] = [];
  let heading: { ref: HeadingRef; parts: string[] } | null = null;
  let ignore: { tag: string; depth: number } | null = null;
  let headerCells: string[] = [];
  let inThead = false;
  let cell: string[] | null = null;
  // Open passages, innermost last: a list item nested in another is a passage of its own.
  const open: { id: string; tag: string; kind: PassageKind; depth: number; parts: string[]; cells: string[]; at: number }[] = [];
  const found: (Passage & { at: number })[] = [];
  let depth = 0;
  const text = (s: string) => {
    if (ignore) return;
    if (heading) heading.parts.push(s);
    if (cell) cell.push(s);
    open.at(-1)?.parts.push(s);
  };
  for (const m of html.matchAll(TAG)) {
    if (m[4] !== undefined) {
      text(decodeEntities(m[4]));
      continue;
    }
    if (!m[2]) continue; // comment
    const closing = m[1] === '/';
    const tag = m[2].toLowerCase();
    const attrs = m[3] ?? '';
    if (VOID.has(tag) || attrs.trimEnd().endsWith('/')) {
      if (!closing) text(' ');
      continue;
    }
    if (!closing) {
      depth++;
      if (ignore) {
        if (tag === ignore.tag) ignore.depth++;
        continue;
      }
      if (attr(attrs, 'data-pagefind-ignore') || attr(attrs, 'data-footnote-ref') || attr(attrs, 'data-footnote-backref')) {
        ignore = { tag, depth: 1 };
        continue;
      }
      if (!INLINE.has(tag)) text(' ');
      const id = attr(attrs, 'id')?.[1];
      if (/^h[2-6]$/.test(tag) && id) {
        heading = { ref: { id, text: '', level: Number(tag[1]) }, parts: [] };
        continue;
      }
      if (tag === 'thead') {
        inThead = true;
        headerCells = [];
      }
      if ((tag === 'th' || tag === 'td') && (inThead || open.at(-1)?.kind === 'table-row')) cell = [];
      if (id && PASSAGE_ID.test(id) && (tag === 'p' || tag === 'li' || tag === 'tr')) {
        const kind: PassageKind = id.startsWith('fn-') ? 'footnote' : tag === 'p' ? 'paragraph' : tag === 'li' ? 'list-item' : 'table-row';
        open.push({ id, tag, kind, depth, parts: [], cells: [], at: m.index! });
      }
      continue;
    }
    // closing tag
    depth--;
    if (ignore) {
      if (tag === ignore.tag && --ignore.depth === 0) ignore = null;
      continue;
    }
    if (!INLINE.has(tag)) text(' ');
    if (heading && tag === `h${heading.ref.level}`) {
      heading.ref.text = clean(heading.parts.join(''));
      while (headings.length && headings.at(-1)!.level >= heading.ref.level) headings.pop();
      headings.push(heading.ref);
      heading = null;
      continue;
    }
    if (tag === 'thead') inThead = false;
    if ((tag === 'th' || tag === 'td') && cell) {
      const t = clean(cell.join(''));
      if (inThead) headerCells.push(t);
      else open.at(-1)?.cells.push(t);
      cell = null;
    }
    const passage = open.at(-1);
    if (passage && tag === passage.tag && depth === passage.depth - 1) {
      open.pop();
      const t =
        passage.kind === 'table-row'
          ? passage.cells
              .map((c, i) => (c ? (headerCells[i] ? `${headerCells[i]}: ${c}` : c) : ''))
              .filter(Boolean)
              .join(' · ')
          : clean(passage.parts.join(''));
      if (t) found.push({ id: passage.id, kind: passage.kind, text: t, headings: [...headings], at: passage.at });
    }
  }
  // In page order (an outer list item closes after the items nested in it).
  return found.sort((a, b) => a.at - b.at).map(({ at: _at, ...p }) => p);
}

/** The part of a built document page that holds the document's own text. */
export function documentBody(html: string): string {
  const start = html.indexOf('class="doc-body"');
  if (start < 0) return '';
  const end = html.indexOf('class="signature"', start);
  return html.slice(html.lastIndexOf('<', start), end < 0 ? html.indexOf('</article>', start) : html.lastIndexOf('<', end));
}
