/**
 * The page types the bench and `check:lighthouse` measure (issue #12), with their paths resolved
 * against a built dist (the locality and the first pillar are read from dist, not assumed).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageType } from '../lib/bench/report-schema.ts';

export interface PageTarget {
  type: PageType;
  path: string;
}

const DOCUMENT = 'tien-giang-ke-hoach-112-kh-ubnd-2023';
export const SEARCH_QUERY = 'chuyen doi so';

/** First link to /chu-de/<id>/ in the topics index: the first pillar as the site lists them. */
function firstPillar(dist: string): string {
  const html = readFileSync(join(dist, 'chu-de/index.html'), 'utf8');
  const m = /href="(\/chu-de\/[^"/]+\/)"/.exec(html);
  if (!m) throw new Error(`no pillar link in ${join(dist, 'chu-de/index.html')}`);
  return m[1];
}

/** The document's locality page, or the first locality page when the document is not in this dist (e.g. a synthetic corpus). */
function locality(dist: string): string {
  if (existsSync(join(dist, 'dia-phuong/tien-giang/index.html'))) return '/dia-phuong/tien-giang/';
  const m = /href="(\/dia-phuong\/[^"/]+\/)"/.exec(readFileSync(join(dist, 'dia-phuong/index.html'), 'utf8'));
  if (!m) throw new Error(`no locality link in ${join(dist, 'dia-phuong/index.html')}`);
  return m[1];
}

function documentPath(dist: string): string {
  if (existsSync(join(dist, 'van-ban', DOCUMENT, 'index.html'))) return `/van-ban/${DOCUMENT}/`;
  const m = /href="(\/van-ban\/[^"/]+\/)"/.exec(readFileSync(join(dist, 'van-ban/index.html'), 'utf8'));
  if (!m) throw new Error(`no document link in ${join(dist, 'van-ban/index.html')}`);
  return m[1];
}

export function pageTargets(dist: string): PageTarget[] {
  return [
    { type: 'home', path: '/' },
    { type: 'document', path: documentPath(dist) },
    { type: 'locality', path: locality(dist) },
    { type: 'pillar', path: firstPillar(dist) },
    { type: 'comparison', path: '/so-sanh/2025/' },
    { type: 'search', path: `/tim-kiem/?q=${SEARCH_QUERY.replace(/ /g, '+')}` },
  ];
}
