/**
 * "Báo lỗi" on a document page (issue 18, point 4): the HTML carries a light mailto naming
 * <slug>#<anchor> on every passage (it works without JavaScript); on click this fills in the full
 * report (src/lib/report-error.ts): document label, permalink and the passage's current text. The
 * text is read from the page at click time, so it is never duplicated in the HTML.
 */
import { reportErrorMailto } from '../lib/report-error.ts';
import { urls } from '../lib/urls.ts';

/** What a reader sees of a passage: without the report link, the "?" flags and screen-reader notes; table cells apart. */
export function passageText(passage: Element): string {
  const copy = passage.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[data-pagefind-ignore], .passage-report')) hidden.remove();
  if (copy.tagName === 'TR')
    return [...copy.children]
      .map((cell) => cell.textContent ?? '')
      .map((t) => t.trim())
      .join(' | ');
  return copy.textContent ?? '';
}

export function initReportLinks(): void {
  const body = document.querySelector<HTMLElement>('[data-report-document]');
  if (!body) return;
  const documentLabel = body.dataset.reportDocument ?? '';
  const slug = urls.documentSlugOf(location.pathname);
  // One listener for every passage; it runs before the browser follows the link.
  body.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a.passage-report');
    const passage = link?.closest('[id]');
    if (!link || !passage) return;
    // The address is the one the build wrote into the link (it may come from CDS_CONTACT_EMAIL).
    const to = decodeURIComponent(link.href.slice('mailto:'.length).split('?')[0]);
    link.href = reportErrorMailto({ documentLabel, slug, anchor: passage.id, text: passageText(passage) }, { to });
  });
}
