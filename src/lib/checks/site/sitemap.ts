/** sitemap.xml lists every indexable page once, by its canonical URL, and nothing else; robots.txt points to it. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isNoindex } from '../../host-files.ts';
import type { SiteCheck, SiteProblem } from './types.ts';

export const sitemapCheck: SiteCheck = {
  name: 'sitemap',
  run(site) {
    const problems: SiteProblem[] = [];
    const file = join(site.dir, 'sitemap.xml');
    if (!existsSync(file))
      return {
        check: this.name,
        checked: 0,
        problems: [{ page: '/sitemap.xml', message: 'missing', fix: 'the site-files integration writes it after astro build' }],
      };
    const listed = new Set([...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
    for (const loc of listed) {
      const u = new URL(loc);
      if (u.origin !== site.origin || !site.pages.has(u.pathname))
        problems.push({ page: '/sitemap.xml', message: `lists ${loc}, which is not a page of this build`, fix: 'list canonical URLs of built pages only' });
    }
    for (const [url, { html }] of site.pages) {
      if (url === '/404.html' || isNoindex(html)) continue;
      const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
      if (canonical === new URL(url, site.origin).href && !listed.has(canonical))
        problems.push({ page: url, message: 'not in sitemap.xml', fix: 'the site-files integration lists every page Astro built' });
    }
    const robots = existsSync(join(site.dir, 'robots.txt')) ? readFileSync(join(site.dir, 'robots.txt'), 'utf8') : '';
    if (!robots.includes(`Sitemap: ${site.origin}/sitemap.xml`))
      problems.push({ page: '/robots.txt', message: 'does not point to /sitemap.xml', fix: 'write "Sitemap: <site>/sitemap.xml"' });
    return { check: this.name, checked: listed.size, problems };
  },
};
