/**
 * "Báo lỗi" on every passage of a document page (issue 18, point 4), pure: after the opening tag
 * of each passage that has an id (src/lib/markdown/passage-ids.mjs; in a table row, inside its first
 * cell) it inserts a small link whose mailto: subject names the document's slug and the passage's id. The
 * current text is not written into the HTML: with it the 1,300-line document doubled in weight.
 */
import { reportErrorFallbackMailto } from '../report-error.ts';

const PASSAGE_RE = /<(p|li|tr)\b([^>]*?)\sid="([a-z0-9-]+--\d+)"([^>]*)>(\s*<t[dh]\b[^>]*>)?/g;
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function reportLink(slug: string, anchor: string): string {
  const href = reportErrorFallbackMailto(slug, anchor);
  return `<a class="passage-report" href="${escapeAttr(href)}" data-pagefind-ignore><span class="sr-only">Báo lỗi đoạn này</span></a>`;
}

export function addReportLinks(html: string, slug: string): string {
  return html.replace(PASSAGE_RE, (open: string, tag: string, _a: string, id: string, _b: string, cell?: string) => {
    if (tag === 'tr' && !cell) return open;
    return `${open}${reportLink(slug, id)}`;
  });
}
