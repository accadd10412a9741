/**
 * Astro integration: after the build, writes sitemap.xml (every page except the 404 page and pages
 * marked noindex), robots.txt and _headers (the Content-Security-Policy as an HTTP header).
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, hreflangAlternates, isNoindex, robotsTxt, sitemapXml } from '../lib/host-files.ts';

export function siteFiles(): AstroIntegration {
  let site = '';
  return {
    name: 'site-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('astro.config.mjs: `site` must be set; sitemap.xml and canonical URLs need the absolute address');
        site = config.site;
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const out = fileURLToPath(dir);
        const urls: string[] = [];
        const alternates = new Map<string, { hreflang: string; href: string }[]>();
        for (const { pathname } of pages) {
          if (/^(en\/)?404\/?$/.test(pathname)) continue;
          const file = join(out, pathname, 'index.html');
          let html: string;
          try {
            html = readFileSync(file, 'utf8');
          } catch {
            continue;
          } // endpoints (JSON, CSV) are not pages
          // A page that declares another page canonical (/so-sanh/ → /so-sanh/2025/) is listed as that page.
          const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1] ?? new URL(`/${pathname}`, site).href;
          if (isNoindex(html)) continue;
          urls.push(canonical);
          // The vi and en editions of a page name each other (Base.astro); the sitemap repeats it.
          if (canonical === new URL(`/${pathname}`, site).href) alternates.set(canonical, hreflangAlternates(html));
        }
        writeFileSync(join(out, 'sitemap.xml'), sitemapXml(urls, alternates));
        writeFileSync(join(out, 'robots.txt'), robotsTxt(new URL('/sitemap.xml', site).href));
        writeFileSync(join(out, '_headers'), headersFile());
        logger.info(`sitemap.xml: ${urls.length} pages; robots.txt; _headers`);
      },
    },
  };
}
