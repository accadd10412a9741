/**
 * Internal link and anchor check over the built site (issue #12, part): every href to a page of
 * this site must exist, and every #fragment must be an id on the target page. Exits 1 on a break.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { outDir } from '../src/lib/content/paths.ts';

const dist = process.argv[2] ?? outDir();
const pages = new Map<string, string>();
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) { if (name !== 'pagefind' && name !== '_astro') walk(p); }
    else if (name.endsWith('.html')) pages.set(`/${p.slice(dist.length + 1).replace(/index\.html$/, '')}`, readFileSync(p, 'utf8'));
  }
};
walk(dist);
const ids = new Map<string, Set<string>>();
for (const [url, html] of pages) ids.set(url, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
const broken: string[] = [];
for (const [url, html] of pages) {
  for (const m of html.matchAll(/\shref="([^"]+)"/g)) {
    const href = m[1].replace(/&amp;/g, '&');
    if (/^(https?:|mailto:|data:)/.test(href)) continue;
    const [pathAndQuery, frag] = href.split('#');
    const path = pathAndQuery.split('?')[0] || url;
    if (!pages.has(path) && !existsSync(join(dist, path))) { broken.push(`${url} → ${href}: no such page`); continue; }
    if (frag && pages.has(path) && !ids.get(path)!.has(decodeURIComponent(frag))) broken.push(`${url} → ${href}: no element with id "${frag}"`);
  }
}
for (const b of broken.slice(0, 50)) console.error(`✗ ${b}`);
console.log(`links: ${pages.size} pages checked, ${broken.length} broken`);
process.exit(broken.length ? 1 : 0);
