/**
 * One reference item in every format the "Cite this" block offers, produced by Citation.js:
 * APA (its bundled style) and Chicago (our template, ./chicago-style.ts) as text, and the
 * BibTeX, RIS and CSL-JSON downloads. The BibTeX keeps Unicode (Vietnamese letters such as "ổ"
 * have no faithful LaTeX escape in Citation.js's table) and uses the item id as its key.
 */
import { createRequire } from 'node:module';
import type { ReferenceItem } from '../../schemas/reference-item.ts';
import { CHICAGO_STYLE_XML, CHICAGO_TEMPLATE_NAME } from './chicago-style.ts';

// Loaded through require so the core and its plugins are one CommonJS instance: mixing the
// packages' ESM and CJS builds (as Vite would) gives the plugins a registry the core never reads.
const require = createRequire(import.meta.url);
const { Cite, plugins } = require('@citation-js/core') as typeof import('@citation-js/core').default;
for (const plugin of ['@citation-js/plugin-csl', '@citation-js/plugin-bibtex', '@citation-js/plugin-ris']) require(plugin);

let configured = false;
function configure() {
  if (configured) return;
  const bibtex = plugins.config.get('@bibtex');
  bibtex.format.asciiOnly = false;
  bibtex.format.useIdAsLabel = true;
  // Our ids are valid BibTeX keys already (ASCII, hyphens); the check would strip the hyphens.
  bibtex.format.checkLabel = false;
  plugins.config.get('@csl').styles.add(CHICAGO_TEMPLATE_NAME, CHICAGO_STYLE_XML);
  configured = true;
}

export interface CitationFormats {
  apa: string;
  chicago: string;
  bibtex: string;
  ris: string;
  cslJson: string;
}

export const CITATION_FILES = [
  { format: 'bibtex', ext: 'bib', type: 'application/x-bibtex; charset=utf-8', label: 'BibTeX' },
  { format: 'ris', ext: 'ris', type: 'application/x-research-info-systems; charset=utf-8', label: 'RIS' },
  { format: 'cslJson', ext: 'json', type: 'application/vnd.citationstyles.csl+json; charset=utf-8', label: 'CSL-JSON' },
] as const;

export function citationFormats(item: ReferenceItem): CitationFormats {
  configure();
  const cite = new Cite([item]);
  const text = (template: string) => String(cite.format('bibliography', { format: 'text', template, lang: 'en-US' })).trim();
  return {
    apa: text('apa'),
    chicago: text(CHICAGO_TEMPLATE_NAME),
    bibtex: `${String(cite.format('bibtex')).trim()}\n`,
    ris: `${unwrapRis(String(cite.format('ris')).trim())}\n`,
    cslJson: `${JSON.stringify([item], null, 2)}\n`,
  };
}

/**
 * Citation.js wraps RIS values every 70 characters and reads the continuation back with a space
 * ("tron g"), so a long title would not survive the round trip. Current readers (Zotero, Mendeley,
 * EndNote, Citation.js) take long lines: join every line that does not start a tag.
 */
export function unwrapRis(ris: string): string {
  return ris.replace(/\r?\n(?![A-Z][A-Z0-9] {2}-)/g, '');
}

/** Parses BibTeX, RIS or CSL-JSON text back into CSL-JSON items with the same library (for tests and reference managers' view). */
export function parseCitation(text: string): Record<string, unknown>[] {
  configure();
  return (new Cite(text).data as Record<string, unknown>[]).map(({ _graph, ...rest }) => rest);
}
