/** Every internal URL is built here, so links and pages cannot drift apart. */
import type { Lang } from '../i18n/index.ts';
import { localePath } from '../i18n/routes.ts';
const withQuery = (path: string, params: Record<string, string | undefined>) => {
  const q = Object.entries(params)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${encodeURIComponent(v!)}`)
    .join('&');
  return q ? `${path}?${q}` : path;
};

export const urls = {
  home: () => '/',
  documents: () => '/van-ban/',
  document: (slug: string, anchor?: string) => `/van-ban/${slug}/${anchor ? `#${anchor}` : ''}`,
  documentSource: (slug: string, line?: number) => `/van-ban/${slug}/nguon/${line ? `#L${line}` : ''}`,
  documentCompare: (slug: string, anchor?: string) => `/van-ban/${slug}/doi-chieu/${anchor ? `#${anchor}` : ''}`,
  locality: (id: string) => `/dia-phuong/${id}/`,
  localities: () => '/dia-phuong/',
  pillar: (id: string) => `/chu-de/${id}/`,
  sector: (id: string) => `/linh-vuc/${id}/`,
  topics: () => '/chu-de/',
  method: () => '/phuong-phap/',
  consistency: (id?: string) => `/doi-chieu-so-lieu/${id ? `#${id}` : ''}`,
  documentTableCsv: (slug: string, table: number) => `/van-ban/${slug}/bang-${table}.csv`,
  /** The search page; a query as a GET form writes it (spaces as +). */
  search: (q?: string) => `/tim-kiem/${q ? `?q=${encodeURIComponent(q).replace(/%20/g, '+')}` : ''}`,
  /** Pagefind's script; scripts/build-search.ts writes the index next to it (dist/pagefind/). */
  searchIndexScript: () => '/pagefind/pagefind.js',
  /** The comparison page (`/so-sanh/` redirects to a year); with a year, optionally filtered by pillar or sector. */
  comparison: (year?: number | string, filter: { pillar?: string; sector?: string } = {}) =>
    year === undefined ? '/so-sanh/' : withQuery(`/so-sanh/${year}/`, { 'tru-cot': filter.pillar, 'linh-vuc': filter.sector }),
  /** The list of every target and result, optionally pre-filtered by a query. */
  targets: (q?: string) => withQuery('/chi-tieu/', { q }),
  /** One target record's own page, with its citation. */
  targetRecord: (id: string) => `/chi-tieu/${id}/`,
  /** A citation file: /cite/<document|target|comparison>/<key>.<bib|ris|json>. */
  citationFile: (kind: string, key: string, ext: string) => `/cite/${kind}/${key}.${ext}`,
  /** The open-data page; with an indicator, its row in the indicator table. */
  dataset: (indicator?: string) => `/du-lieu/${indicator ? `#chi-so-${indicator}` : ''}`,
  /** A published data file: /data/targets.csv, /data/fidelity.json … */
  dataFile: (name: string) => `/data/${name}`,
  glossary: () => '/thuat-ngu/',
  citedDocuments: () => '/van-ban-trich-dan/',
  citedDocument: (slug: string) => `/van-ban-trich-dan/${slug}/`,
  favicon: () => '/favicon.svg',
  /** The slug of the document a page belongs to (its text, source or comparison), from the page's path; '' elsewhere. */
  documentSlugOf: (pathname: string) => /^\/van-ban\/([^/]+)\//.exec(pathname)?.[1] ?? '',
};

type Urls = typeof urls;
const localized = new Map<Lang, Urls>();
/**
 * The URLs of one edition: every page link goes to the page in `lang` when it has one
 * (src/i18n/routes.ts), else to the Vietnamese page; data files are shared by both editions.
 */
export function urlsIn(lang: Lang): Urls {
  if (lang === 'vi') return urls;
  let u = localized.get(lang);
  if (!u) {
    const wrap = <F extends (...args: never[]) => string>(f: F) => ((...args: Parameters<F>) => localePath(lang, f(...args))) as F;
    u = Object.fromEntries(Object.entries(urls).map(([k, f]) => [k, k === 'documentSlugOf' ? f : wrap(f as (...args: never[]) => string)])) as Urls;
    localized.set(lang, u);
  }
  return u;
}
