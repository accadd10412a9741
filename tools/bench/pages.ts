/**
 * The page types the bench and `check:lighthouse` measure (issue #12), with their paths resolved
 * against a built dist (the locality and the first pillar are read from dist, not assumed).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageType } from '../lib/bench/report-schema.ts';
import { urls } from '../../src/lib/urls.ts';

export interface PageTarget {
  type: PageType;
  path: string;
}

const DOCUMENT = 'tien-giang-ke-hoach-112-kh-ubnd-2023';
export const SEARCH_QUERY = 'chuyen doi so';

/** The page's built file in dist. */
const fileOf = (dist: string, path: string) => join(dist, path, 'index.html');

/** The first link on the index page `index` to a page one level below it (e.g. /chu-de/ → /chu-de/<id>/). */
function firstLinkBelow(dist: string, index: string): string {
  const escaped = index.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const m = new RegExp(`href="(${escaped}[^"/]+/)"`).exec(readFileSync(fileOf(dist, index), 'utf8'));
  if (!m) throw new Error(`no link below ${index} in ${fileOf(dist, index)}`);
  return m[1];
}

/** `preferred` when this dist has it, else the first page below `index` (a synthetic corpus has other documents and localities). */
const builtOr = (dist: string, preferred: string, index: string) => (existsSync(fileOf(dist, preferred)) ? preferred : firstLinkBelow(dist, index));

export function pageTargets(dist: string): PageTarget[] {
  return [
    { type: 'home', path: urls.home() },
    { type: 'document', path: builtOr(dist, urls.document(DOCUMENT), urls.documents()) },
    { type: 'locality', path: builtOr(dist, urls.locality('tien-giang'), urls.localities()) },
    // The first pillar as the topics index lists them.
    { type: 'pillar', path: firstLinkBelow(dist, urls.topics()) },
    { type: 'comparison', path: urls.comparison(2025) },
    { type: 'search', path: urls.search(SEARCH_QUERY) },
  ];
}
