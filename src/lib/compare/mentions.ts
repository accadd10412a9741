/** Where a locality's documents mention an indicator's topic, for cells with no target (pure). */
import type { LoadedDocument } from '../content/documents.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import { fold } from '../text/fold.ts';

export interface Mention {
  document: string;
  anchor: string;
  excerpt: string;
}

export function findMention(docs: LoadedDocument[], indicator: Indicator): Mention | null {
  const keys = indicator.keywords.map(fold);
  if (!keys.length) return null;
  for (const doc of docs) {
    for (const b of doc.parsed.blocks) {
      if (b.kind === 'heading') continue;
      const f = fold(b.text);
      const k = keys.find((key) => f.includes(key));
      if (k) {
        const at = f.indexOf(k);
        return { document: doc.slug, anchor: b.sectionId ?? 'noi-dung', excerpt: b.text.slice(Math.max(0, at - 40), at + k.length + 60).trim() };
      }
    }
  }
  return null;
}
