/**
 * Every page preloads exactly the fonts its stylesheets declare (issue #20): src/styles/font-preloads.ts
 * lists them by hand beside fonts.css, so a font added to one and not the other would be discovered
 * only at the first layout (and hold up the first paint), or downloaded for nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cssFontUrls, preloadedFonts } from '../../fonts/declared.ts';
import type { SiteCheck, SiteProblem } from './types.ts';

const stylesheets = (html: string) => [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="(\/[^"]+)"/g)].map((m) => m[1]);

export const fontPreloadsCheck: SiteCheck = {
  name: 'font-preloads',
  run(site) {
    const problems: SiteProblem[] = [];
    const css = new Map<string, string[]>();
    const declaredBy = (href: string) => {
      if (!css.has(href)) {
        const file = join(site.dir, href);
        css.set(href, existsSync(file) ? cssFontUrls(readFileSync(file, 'utf8')) : []);
      }
      return css.get(href)!;
    };
    for (const [url, { html }] of site.pages) {
      const declared = new Set(stylesheets(html).flatMap(declaredBy));
      const preloaded = new Set(preloadedFonts(html));
      const missing = [...declared].filter((f) => !preloaded.has(f));
      const extra = [...preloaded].filter((f) => !declared.has(f));
      if (missing.length)
        problems.push({
          page: url,
          message: `declared but not preloaded: ${missing.join(', ')}`,
          fix: 'add the font file to src/styles/font-preloads.ts (FONT_PRELOADS)',
        });
      if (extra.length)
        problems.push({
          page: url,
          message: `preloaded but declared by no stylesheet of the page: ${extra.join(', ')}`,
          fix: 'remove it from src/styles/font-preloads.ts, or declare it in src/styles/fonts.css',
        });
    }
    return { check: this.name, checked: site.pages.size, problems };
  },
};
