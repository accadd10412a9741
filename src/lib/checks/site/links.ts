/** Every internal link resolves to a built page or file, and every #fragment to an id on it. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { attrValues } from './load.ts';
import type { SiteCheck, SiteProblem } from './types.ts';

export const linksCheck: SiteCheck = {
  name: 'links',
  run(site) {
    const ids = new Map<string, Set<string>>();
    for (const [url, p] of site.pages) ids.set(url, new Set([...p.html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
    const problems: SiteProblem[] = [];
    let checked = 0;
    for (const [url, page] of site.pages) {
      for (const href of attrValues(page.html, 'a', 'href')) {
        if (/^(https?:|mailto:|tel:|data:)/.test(href)) continue;
        checked++;
        const [pathAndQuery, frag] = href.split('#');
        const path = pathAndQuery.split('?')[0] || url;
        if (!site.pages.has(path) && !existsSync(join(site.dir, path))) {
          problems.push({ page: url, message: `link ${href}: no such page`, fix: 'fix the link or build the page it points to' });
          continue;
        }
        if (frag && site.pages.has(path) && !ids.get(path)!.has(decodeURIComponent(frag))) {
          problems.push({ page: url, message: `link ${href}: no element with id "${frag}" on ${path}`, fix: 'point the link at an existing id (heading, target or footnote anchor)' });
        }
      }
    }
    return { check: this.name, checked, problems };
  },
};
