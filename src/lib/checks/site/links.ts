/**
 * Every internal link resolves to a built page or file, and every #fragment to an id on it: the
 * links in pages, the files their heads load (stylesheet, icon, preloaded fonts), and the deep links
 * to marked sentences in the open dataset (dist/data/*.json|csv).
 */
import { urls } from '../../urls.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attrValues } from './load.ts';
import type { BuiltSite, SiteCheck, SiteProblem } from './types.ts';
import { escapeRegExp } from '../../text/regexp.ts';

const idCache = new WeakMap<BuiltSite, Map<string, Set<string>>>();
function idsOf(site: BuiltSite): Map<string, Set<string>> {
  let ids = idCache.get(site);
  if (!ids) {
    ids = new Map([...site.pages].map(([url, p]) => [url, new Set([...p.html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))]));
    idCache.set(site, ids);
  }
  return ids;
}

/** Why a site-relative href (from page `from`) does not resolve, or null when it does. */
export function brokenLink(site: BuiltSite, from: string, href: string): string | null {
  const [pathAndQuery, frag] = href.split('#');
  const path = pathAndQuery.split('?')[0] || from;
  if (!site.pages.has(path) && !existsSync(join(site.dir, path))) return 'no such page';
  if (frag && site.pages.has(path) && !idsOf(site).get(path)!.has(decodeURIComponent(frag))) return `no element with id "${frag}" on ${path}`;
  return null;
}

export const linksCheck: SiteCheck = {
  name: 'links',
  run(site) {
    const problems: SiteProblem[] = [];
    let checked = 0;
    for (const [url, page] of site.pages) {
      for (const href of attrValues(page.html, 'a', 'href')) {
        if (/^(https?:|mailto:|tel:|data:)/.test(href)) continue;
        checked++;
        const why = brokenLink(site, url, href);
        if (why)
          problems.push({ page: url, message: `link ${href}: ${why}`, fix: 'point the link at an existing page and id (heading, target or footnote anchor)' });
      }
      // What the head loads from the site itself: the stylesheet, the icon, the preloaded fonts.
      for (const href of attrValues(page.html, 'link', 'href')) {
        if (!href.startsWith('/')) continue;
        checked++;
        if (!existsSync(join(site.dir, href.split(/[?#]/)[0])))
          problems.push({
            page: url,
            message: `<link> ${href}: no such file`,
            fix: 'point the <link> at a built file (a renamed font: see src/integrations/font-subset.ts)',
          });
      }
    }
    return { check: this.name, checked, problems };
  },
};

export const dataLinksCheck: SiteCheck = {
  name: 'data-links',
  run(site) {
    const problems: SiteProblem[] = [];
    let checked = 0;
    const dataDir = join(site.dir, 'data');
    const files = existsSync(dataDir)
      ? readdirSync(dataDir)
          .filter((f) => /\.(json|csv)$/.test(f))
          .sort()
      : [];
    const siteUrl = new RegExp(`${escapeRegExp(site.origin)}(/[^\\s",;]*)`, 'g');
    for (const f of files) {
      for (const m of readFileSync(join(dataDir, f), 'utf8').matchAll(siteUrl)) {
        checked++;
        const why = brokenLink(site, '/', m[1]);
        if (why) problems.push({ page: urls.dataFile(f), message: `${m[0]}: ${why}`, fix: "the record's anchor must be a marked sentence in its document" });
      }
    }
    return { check: this.name, checked, problems };
  },
};
