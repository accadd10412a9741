/** The English edition's pages as search records: what a reader searching in English types is their title. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeEntities } from '../html/entities.ts';

/** Paths (relative to dist/en/, with a trailing slash) of the built English pages, search and 404 left out. */
export function englishPages(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel))) {
      const p = join(rel, name);
      if (statSync(join(dir, p)).isDirectory()) walk(p);
      else if (name === 'index.html' && rel && !/^(tim-kiem|404)$/.test(rel)) out.push(`${rel}/`);
    }
  };
  walk('');
  return out.sort();
}

/** A page's record: its title (without the site name) and, as content, the title, its h1 and its meta description. */
export function englishPageText(html: string): { title: string; content: string } | null {
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  if (!title) return null;
  const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? '';
  const clean = decodeEntities(title).replace(/ · [^·]+$/, '');
  return { title: clean, content: [clean, decodeEntities(h1), decodeEntities(description)].filter(Boolean).join('. ').normalize('NFC') };
}
