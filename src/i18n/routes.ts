/**
 * Which Vietnamese pages have an English twin (same path under /en/): the language switch and
 * the hreflang alternates link only to pages that exist. The site check of links fails if a
 * pattern here promises a page that the English edition does not build.
 */
import { localePath, splitLocalePath, type Lang } from './index.ts';

const TRANSLATED = [
  /^\/$/,
  /^\/van-ban\/$/, /^\/van-ban\/[a-z0-9-]+\/$/,
  /^\/dia-phuong\/$/, /^\/dia-phuong\/[a-z0-9-]+\/$/,
  /^\/chu-de\/$/, /^\/chu-de\/[a-z0-9-]+\/$/, /^\/linh-vuc\/[a-z0-9-]+\/$/,
  /^\/so-sanh\/$/, /^\/so-sanh\/\d{4}\/$/,
  /^\/chi-tieu\/$/, /^\/chi-tieu\/[a-z0-9-]+\/$/,
  /^\/tim-kiem\/$/, /^\/du-lieu\/$/, /^\/thuat-ngu\/$/, /^\/phuong-phap\/$/,
];

/** Whether the page at this (unprefixed) path exists in both languages. */
export const isTranslated = (path: string) => TRANSLATED.some((re) => re.test(path));

/** The same page in the other language, or null when it exists only in Vietnamese. */
export function otherLanguagePath(pathname: string): { lang: Lang; path: string } | null {
  const { lang, path } = splitLocalePath(pathname);
  if (!isTranslated(path)) return null;
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  return { lang: other, path: localePath(other, path) };
}
