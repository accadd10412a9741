/** Reads dist/ into a BuiltSite. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BuiltPage, BuiltSite } from './types.ts';
import { decodeEntities } from '../../html/entities.ts';

/** Folders of the build that hold assets, not pages. */
const NOT_PAGES = new Set(['pagefind', '_astro']);

export function loadBuiltSite(dir: string, origin: string): BuiltSite {
  const abs = resolve(dir);
  const pages = new Map<string, BuiltPage>();
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(abs, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!NOT_PAGES.has(entry.name)) walk(path);
      } else if (entry.name.endsWith('.html')) {
        const url = `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
        pages.set(url, { url, file: path, html: readFileSync(join(abs, path), 'utf8') });
      }
    }
  };
  walk('');
  return { dir: abs, pages, origin };
}

/** Values of an attribute on a tag, e.g. attr(html, 'a', 'href'). Entities in values are decoded. */
export function attrValues(html: string, tag: string, attr: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'gi'))) {
    const v = m[0].match(new RegExp(`\\s${attr}="([^"]*)"`, 'i'));
    if (v) out.push(decodeEntities(v[1]));
  }
  return out;
}
