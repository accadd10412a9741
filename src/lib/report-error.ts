/**
 * "Báo lỗi" (issue 18, point 4), pure: the mailto: URL of an error report about one passage of a
 * document, prefilled with the document, the passage's permalink and its current text. The text is
 * cut at a word boundary so the URL stays short enough for every mail client (about 2,000 bytes).
 */
import { CONTACT_EMAIL, SITE_URL } from './site-config.ts';
import { urls } from './urls.ts';

export interface ErrorReport {
  /** The document as readers name it, e.g. "Kế hoạch 112/KH-UBND (Trà Vinh)". */
  documentLabel: string;
  slug: string;
  /** The passage's id (its anchor on the page). */
  anchor: string;
  /** The passage's current text; empty when unknown (the no-JS fallback). */
  text?: string;
}

/** Default cap on the quoted text, in characters: Vietnamese letters take up to 9 bytes once encoded. */
export const REPORT_TEXT_MAX = 300;

/** `text` with whitespace collapsed, cut at the last word boundary before `max` characters, with "…" when cut. */
export function truncateText(text: string, max = REPORT_TEXT_MAX): string {
  const clean = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function reportErrorSubject(r: ErrorReport): string {
  return `Báo lỗi: ${r.documentLabel}, đoạn ${r.anchor}`.normalize('NFC');
}

export function reportErrorBody(r: ErrorReport, max = REPORT_TEXT_MAX): string {
  const text = truncateText(r.text ?? '', max);
  return [
    `Văn bản: ${r.documentLabel}`,
    `Đoạn: ${SITE_URL}${urls.document(r.slug, r.anchor)}`,
    '',
    'Nội dung hiện tại:',
    text ? `“${text}”` : '(xem đoạn tại địa chỉ trên)',
    '',
    'Lỗi và cách sửa đề nghị:',
    '',
  ]
    .join('\r\n')
    .normalize('NFC');
}

/** The mailto: URL; subject and body percent-encoded as UTF-8 (RFC 6068), line breaks as CRLF. */
export function reportErrorMailto(r: ErrorReport, opts: { to?: string; max?: number } = {}): string {
  const to = opts.to ?? CONTACT_EMAIL;
  return `mailto:${to}?subject=${encodeURIComponent(reportErrorSubject(r))}&body=${encodeURIComponent(reportErrorBody(r, opts.max))}`;
}

/** The light mailto: written into the page for every passage (no JavaScript): subject "Báo lỗi: <slug>#<anchor>", which names both. */
export function reportErrorFallbackMailto(slug: string, anchor: string, to = CONTACT_EMAIL): string {
  return `mailto:${to}?subject=${encodeURIComponent(`Báo lỗi: ${slug}#${anchor}`)}`;
}
