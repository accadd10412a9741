/** Site-wide inputs of the text enhancement: glossary abbreviations and cited-document links. */
import { getContent } from './content/index.ts';
import { siteModel } from './content/model.ts';
import { buildCitationRegistry, type CitedDocument } from './citation-registry.ts';
import { citationRef } from './citations.ts';
import type { AbbreviationEntry } from './html/enhance-text.ts';
import { urls } from './urls.ts';

let registry: Map<string, CitedDocument> | null = null;
export function citationRegistry(): Map<string, CitedDocument> {
  registry ??= buildCitationRegistry(getContent());
  return registry;
}

export function pageAbbreviations(): AbbreviationEntry[] {
  return getContent()
    .glossary.filter((g) => g.expansion && /^[A-ZĐ]{2,}$/.test(g.term))
    .flatMap((g) => [g.term, ...g.variants].map((term) => ({ term, expansion: g.expansion!, id: g.id })));
}

/** Where a cited number links from a page about `locality` (null: national numbers only). */
export function citationHrefFor(locality: string | null): (number: string) => string | null {
  return (number) => {
    const ref = citationRef(number, locality ?? '');
    if (ref.scope === 'dia-phuong' && !locality) return null;
    const entry = citationRegistry().get(ref.slug);
    if (!entry) {
      // A document's own number (e.g. "Kèm theo Kế hoạch số 112/KH-UBND" in its annexes) links to the document.
      const own = siteModel().documentNumbered(number, ref.scope, locality);
      return own ? urls.document(own.slug) : null;
    }
    return entry.restored ? urls.document(entry.restored) : urls.citedDocument(entry.slug);
  };
}

/** The pages of the cited documents that are not restored here (/van-ban-trich-dan/<slug>/, both editions). */
export const citedDocumentPaths = () =>
  [...citationRegistry().values()].filter((e) => !e.restored).map((e) => ({ params: { slug: e.slug }, props: { entry: e } }));
