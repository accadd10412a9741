/** Builds the registry of cited documents from the restored texts (which document cites which, and where). */
import type { SiteContent } from './content/index.ts';
import { modelOf } from './content/model.ts';
import { citationRef, findCitations, type CitedDocumentRef } from './citations.ts';

export interface Citation {
  document: string;
  locality: string;
  sectionId: string | null;
  blockAnchor: string;
  excerpt: string;
}
export interface CitedDocument extends CitedDocumentRef {
  citedBy: Citation[];
  /** When the cited number is one of the restored documents of the same locality, its slug. */
  restored: string | null;
}

export function buildCitationRegistry(content: SiteContent): Map<string, CitedDocument> {
  const reg = new Map<string, CitedDocument>();
  const model = modelOf(content);
  for (const doc of content.documents) {
    const texts = [...doc.parsed.blocks.map((b) => ({ text: b.text, b })), ...doc.meta.related.map((text) => ({ text, b: null }))];
    for (const { text, b } of texts) {
      for (const number of findCitations(text)) {
        const ref = citationRef(number, doc.meta.locality);
        if (doc.meta.number === number) continue; // a document's own number
        const restored = model.documentNumbered(number, ref.scope, doc.meta.locality)?.slug ?? null;
        const entry = reg.get(ref.slug) ?? { ...ref, citedBy: [], restored };
        const at = text.indexOf(number);
        const excerpt = `${at > 90 ? '… ' : ''}${text.slice(Math.max(0, at - 90), at + number.length + 110).trim()}${at + number.length + 110 < text.length ? ' …' : ''}`;
        if (!entry.citedBy.some((c) => c.document === doc.slug && c.blockAnchor === (b?.anchor ?? 'thuoc-tinh'))) {
          entry.citedBy.push({
            document: doc.slug,
            locality: doc.meta.locality,
            sectionId: b?.sectionId ?? null,
            blockAnchor: b?.anchor ?? 'thuoc-tinh',
            excerpt,
          });
        }
        reg.set(ref.slug, entry);
      }
    }
  }
  return reg;
}
