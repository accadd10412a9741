/** The consistency findings of the built site, with the helpers pages and components share. */
import { getContent } from '../content/index.ts';
import { contentRoot } from '../content/paths.ts';
import { DOC_TYPES } from '../../schemas/document.ts';
import { siteFindings, type Finding } from './index.ts';
import { noteHtml } from './note-html.ts';

export const findings = (): Finding[] => siteFindings(getContent(), contentRoot());
export const disagreements = (): Finding[] => findings().filter((f) => !f.agrees);

export function documentLabel(slug: string): string {
  const d = getContent().documents.find((x) => x.slug === slug);
  if (!d) return slug;
  const loc = getContent().localities.find((l) => l.id === d.meta.locality)?.name ?? d.meta.locality;
  return `${DOC_TYPES[d.meta.docType]}${d.meta.number ? ` ${d.meta.number}` : ''}, ${loc}`;
}

/** Notes for the disagreements that concern an anchor (a mark id, "bang-N" of a document, or a cited number). */
export function notesAt(anchor: string, document?: string): string[] {
  return disagreements()
    .filter((f) => f.at.includes(anchor) && (document === undefined || f.places.some((p) => p.document === document)))
    .map((f) => noteHtml(f, documentLabel));
}
