/** Every page has lang, one title, a description, a viewport, one h1 and an absolute canonical URL on this site. */
import type { SiteCheck, SiteProblem } from './types.ts';

const NOT_FOUND_PAGE = '/404.html';

export const metadataCheck: SiteCheck = {
  name: 'metadata',
  run(site) {
    const problems: SiteProblem[] = [];
    for (const [url, { html }] of site.pages) {
      const add = (message: string, fix: string) => problems.push({ page: url, message, fix });
      const lang = html.match(/<html\b[^>]*\slang="([^"]*)"/)?.[1];
      if (!lang) add('<html> has no lang', 'render <html lang="vi"> (src/layouts/Base.astro)');
      const titles = [...html.matchAll(/<title>([\s\S]*?)<\/title>/g)].map((m) => m[1].trim());
      if (titles.length !== 1 || !titles[0]) add(`expected one non-empty <title>, found ${titles.length}`, 'pass a title to <Base>');
      const descriptions = [...html.matchAll(/<meta name="description" content="([^"]*)"/g)].map((m) => m[1].trim());
      if (descriptions.length !== 1 || !descriptions[0]) add('expected one non-empty <meta name="description">', 'pass a description to <Base>');
      if (!/<meta name="viewport" /.test(html)) add('no <meta name="viewport">', 'render the viewport meta in <Base>');
      const h1s = (html.match(/<h1[\s>]/g) ?? []).length;
      if (h1s !== 1) add(`expected one <h1>, found ${h1s}`, 'give the page exactly one top-level heading');
      if (url === NOT_FOUND_PAGE) continue; // the 404 page is served at any address
      const canonicals = [...html.matchAll(/<link rel="canonical" href="([^"]*)"/g)].map((m) => m[1]);
      if (canonicals.length !== 1) {
        add(`expected one <link rel="canonical">, found ${canonicals.length}`, 'render the canonical link in <Base>');
        continue;
      }
      let canonical: URL;
      try {
        canonical = new URL(canonicals[0]);
      } catch {
        add(`canonical "${canonicals[0]}" is not an absolute URL`, 'build it from astro.config `site`');
        continue;
      }
      if (canonical.origin !== site.origin) add(`canonical ${canonical.href} is not on ${site.origin}`, 'build it from astro.config `site`');
      else if (!site.pages.has(canonical.pathname)) add(`canonical ${canonical.href} is not a page of the build`, 'point canonicalPath at an existing page');
    }
    return { check: this.name, checked: site.pages.size, problems };
  },
};
