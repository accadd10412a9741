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

/**
 * The built pages with large families of one template thinned out: pages whose paths differ only in
 * their second segment (/chi-tieu/<id>/, /van-ban-trich-dan/<id>/, /van-ban/<slug>/doi-chieu/ …) are one
 * family, and a family of more than `perFamily` pages (`perEnglishFamily` under /en/) is represented by
 * an even spread of them, its first and last included (its first alone when one is asked for). For
 * checks whose outcome is decided by the template (axe), not by the words of each record: the HTML,
 * link, CSP and metadata checks over dist (npm run check:site) and the 320 px check still read every page.
 */
export function pagesByTemplate(perFamily = 4, perEnglishFamily = 1): string[] {
  const families = new Map<string, string[]>();
  for (const path of builtPages()) {
    // Top-level pages (/chi-tieu/, /du-lieu/, /en/chi-tieu/ …) are each their own template.
    const [prefix, rest] = path.startsWith('/en/') ? ['/en', path.slice(3)] : ['', path];
    const segments = rest.split('/').filter(Boolean);
    const family = prefix + (segments.length > 1 ? `/${[segments[0], '*', ...segments.slice(2)].join('/')}/` : rest);
    families.set(family, [...(families.get(family) ?? []), path]);
  }
  // The English edition's pages share their components with the Vietnamese ones: fewer of each family.
  return [...families.entries()].flatMap(([family, paths]) => {
    const n = family.startsWith('/en/') ? perEnglishFamily : perFamily;
    if (paths.length <= n) return paths;
    if (n === 1) return [paths[0]];
    const step = (paths.length - 1) / (n - 1);
    return Array.from({ length: n }, (_, i) => paths[Math.round(i * step)]);
  });
}
