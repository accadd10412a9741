/** The consistency findings of the built site, with the helpers pages and components share. */
import { getContent } from '../content/index.ts';
import { contentRoot } from '../content/paths.ts';
import { siteModel } from '../content/model.ts';
import { siteFindings, type Finding } from './index.ts';
import { noteHtml } from './note-html.ts';

export const findings = (): Finding[] => siteFindings(getContent(), contentRoot());
export const disagreements = (): Finding[] => findings().filter((f) => !f.agrees);

export function documentLabel(slug: string): string {
  const model = siteModel();
  const d = model.findDocument(slug);
  return d ? `${model.documentLabel(d)}, ${model.localityName(d.meta.locality)}` : slug;
}

/** Notes for the disagreements that concern an anchor (a mark id, "bang-N" of a document, or a cited number). */
export function notesAt(anchor: string, document?: string): string[] {
  return disagreements()
    .filter((f) => f.at.includes(anchor) && (document === undefined || f.places.some((p) => p.document === document)))
    .map((f) => noteHtml(f, documentLabel));
}
