/**
 * The reader note of a disagreement, as inline HTML (valid inside a paragraph or a table cell):
 * what was computed, both printed places quoted with links, and a link to the list of all of them.
 * One renderer for the notes at the figure (components) and at a citation (HTML enhancement).
 */
import { urls } from '../urls.ts';
import type { Finding } from './index.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function noteHtml(f: Finding, documentLabel: (slug: string) => string): string {
  const places = f.places.map((p) => `<a href="${esc(p.href)}">“${esc(p.quote)}”</a> (${esc(documentLabel(p.document))})`).join('; ');
  return `<span class="consistency-note" role="note" data-pagefind-ignore><strong>Số liệu văn bản không khớp:</strong> ${esc(f.summary)} Chỗ in: ${places}. Văn bản giữ nguyên như bản in. <a href="${esc(urls.consistency(f.id))}">Mọi chỗ không khớp</a></span>`;
}
