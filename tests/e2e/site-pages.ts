/** The built site's pages, read from dist/ so tests cover every page the build produced. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const dist = new URL('../../dist/', import.meta.url).pathname;

export function builtPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(p);
      } else if (name === 'index.html') out.push(`/${relative(dist, dir)}${relative(dist, dir) ? '/' : ''}`);
    }
  };
  walk(dist);
  return out.sort();
}
