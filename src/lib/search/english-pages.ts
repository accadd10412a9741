/** The English edition's pages as search records: what a reader searching in English types is their title. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

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

const decode = (s: string) =>
  s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** A page's record: its title (without the site name) and, as content, the title, its h1 and its meta description. */
export function englishPageText(html: string): { title: string; content: string } | null {
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  if (!title) return null;
  const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? '';
  const clean = decode(title).replace(/ · [^·]+$/, '');
  return { title: clean, content: [clean, decode(h1), decode(description)].filter(Boolean).join('. ').normalize('NFC') };
}
