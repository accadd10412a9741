/**
 * The one mapping between the two editions: Vietnamese pages at the root, their English twins at
 * the same path under /en/. Only the pages listed here have a twin; a link to any other page
 * (data files, the CSV of a document table) stays on the Vietnamese page. The site
 * check of links fails if a pattern here promises an English page the build does not make.
 */
import type { Lang } from './index.ts';

// prettier-ignore
const TRANSLATED = [
  /^\/$/,
  /^\/van-ban\/$/,
  /^\/van-ban\/[a-z0-9-]+\/$/,
  /^\/van-ban\/[a-z0-9-]+\/nguon\/$/,
  /^\/van-ban\/[a-z0-9-]+\/doi-chieu\/$/,
  /^\/dia-phuong\/$/,
  /^\/dia-phuong\/[a-z0-9-]+\/$/,
  /^\/chu-de\/$/,
  /^\/chu-de\/[a-z0-9-]+\/$/,
  /^\/linh-vuc\/[a-z0-9-]+\/$/,
  /^\/so-sanh\/$/,
  /^\/so-sanh\/\d{4}\/$/,
  /^\/chi-tieu\/$/,
  /^\/chi-tieu\/[a-z0-9-]+\/$/,
  /^\/thuat-ngu\/$/,
  /^\/tim-kiem\/$/,
  /^\/du-lieu\/$/,
  /^\/phuong-phap\/$/,
  /^\/doi-chieu-so-lieu\/$/,
  /^\/van-ban-trich-dan\/$/,
  /^\/van-ban-trich-dan\/[a-z0-9-]+\/$/,
  /^\/cite\//,
];

/** A passage of a document's text: the text is Vietnamese only, so such a link stays on the Vietnamese page. */
const DOCUMENT_PASSAGE = /^\/van-ban\/[a-z0-9-]+\/#/;

/** Whether the page at this Vietnamese path (query ignored) exists in English too, with the #anchor it links to. */
export const isTranslated = (path: string) => {
  if (DOCUMENT_PASSAGE.test(path)) return false;
  const bare = path.replace(/[?#].*$/, '');
  return TRANSLATED.some((re) => re.test(bare));
};

/** The path of a Vietnamese page's English twin: the same path under /en/. */
export const englishPath = (path: string) => `/en${path}`;

/** The path of a page in `lang`: under /en/ when the page has an English twin, else the Vietnamese page. */
export const localePath = (lang: Lang, path: string): string => (lang === 'en' && isTranslated(path) ? englishPath(path) : path);

/** The language of a path and the path without its language prefix. */
export function splitLocalePath(path: string): { lang: Lang; path: string } {
  return path === '/en' || path.startsWith('/en/') ? { lang: 'en', path: path.slice(3) || '/' } : { lang: 'vi', path };
}

/** The same page in the other language, or null when it exists only in Vietnamese. */
export function otherLanguagePath(pathname: string): { lang: Lang; path: string } | null {
  const { lang, path } = splitLocalePath(pathname);
  if (!isTranslated(path)) return null;
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  return { lang: other, path: other === 'en' ? englishPath(path) : path };
}

/**
 * Where the language switch leads: the same page in the other language; where it has none, the
 * nearest enclosing page that has one (the OCR view of a document → the document, else the home).
 */
export function languageSwitchPath(pathname: string): { lang: Lang; path: string; samePage: boolean } {
  const { lang, path } = splitLocalePath(pathname);
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  const at = (p: string) => (other === 'en' ? englishPath(p) : p);
  for (let p = path; ; p = p.replace(/[^/]+\/$/, '')) {
    if (isTranslated(p)) return { lang: other, path: at(p), samePage: p === path };
    if (p === '/' || !p) return { lang: other, path: at('/'), samePage: false };
  }
}
