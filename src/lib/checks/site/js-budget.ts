/** Every page but search loads at most BUDGETS.documentPageJsGzip bytes of JavaScript (gzip), imports included. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGETS } from '../../../../tools/lib/budgets.ts';
import { urls } from '../../urls.ts';
import { jsStaticImports } from '../../html/script-hints.ts';
import type { BuiltSite, SiteCheck, SiteProblem } from './types.ts';

/** Site paths of every script a page loads: its module scripts and everything they import statically. */
export function pageScripts(site: BuiltSite, html: string): string[] {
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g), ...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]);
  while (queue.length) {
    const src = queue.shift()!;
    if (seen.has(src) || !src.startsWith('/')) continue;
    seen.add(src);
    const file = join(site.dir, src);
    if (!existsSync(file)) continue;
    // Static imports only: dynamic import() (Pagefind on the search page) loads on demand.
    queue.push(...jsStaticImports(readFileSync(file, 'utf8'), src));
  }
  return [...seen].sort();
}

export function gzipBytes(site: BuiltSite, paths: string[]): number {
  return paths.reduce((n, p) => n + (existsSync(join(site.dir, p)) ? gzipSync(readFileSync(join(site.dir, p)), { level: 9 }).length : 0), 0);
}

/** The search page loads Pagefind on demand and is measured by the benchmark instead. */
const hasJsBudget = (url: string) => url !== urls.search();

export const jsBudgetCheck: SiteCheck = {
  name: 'js-budget',
  run(site) {
    const problems: SiteProblem[] = [];
    let checked = 0;
    for (const [url, { html }] of site.pages) {
      if (!hasJsBudget(url)) continue;
      checked++;
      const scripts = pageScripts(site, html);
      const bytes = gzipBytes(site, scripts);
      if (bytes > BUDGETS.documentPageJsGzip)
        problems.push({
          page: url,
          message: `${bytes} bytes of JavaScript (gzip) > budget ${BUDGETS.documentPageJsGzip}: ${scripts.join(', ')}`,
          fix: 'render it at build time (d3 in frontmatter) or load it on demand',
        });
    }
    return { check: this.name, checked, problems };
  },
};
