/** What the bench reads from a built dist/ on disk: page assets (static cross-check), corpus size, Pagefind bundle. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { accountBody, pagefindSizes, type Bytes } from '../lib/bench/sizes.ts';
import { contentType } from '../lib/bench/serve.ts';
import { cssFontUrls, htmlAssetRefs, jsStaticImports } from '../lib/bench/static-assets.ts';

function walk(dir: string, out: { rel: string; bytes: number }[] = [], root = dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    if (s.isDirectory()) walk(p, out, root);
    else out.push({ rel: relative(root, p), bytes: s.size });
  }
  return out;
}

const fileFor = (dist: string, urlPath: string) => {
  const p = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  return join(dist, p.endsWith('/') ? `${p}index.html` : p);
};

function bytesOf(dist: string, urls: string[]): Bytes {
  const b: Bytes = { raw: 0, gzip: 0, count: 0 };
  for (const u of urls) {
    const body = readFileSync(fileFor(dist, u));
    const a = accountBody(body, contentType(u));
    b.raw += a.raw;
    b.gzip += a.gzip;
    b.count++;
  }
  return b;
}

/** HTML, stylesheets and scripts (with their static imports) of one page, read from dist. */
export function staticPage(dist: string, path: string) {
  const html = readFileSync(fileFor(dist, path), 'utf8');
  const refs = htmlAssetRefs(html);
  const local = (u: string) => u.startsWith('/') && !u.startsWith('//');
  const css = refs.stylesheets.filter(local);
  const js = new Set<string>();
  const queue = [...refs.scripts, ...refs.modulePreloads].filter(local);
  while (queue.length) {
    const u = queue.shift()!;
    if (js.has(u) || !existsSync(fileFor(dist, u))) continue;
    js.add(u);
    queue.push(...jsStaticImports(readFileSync(fileFor(dist, u), 'utf8'), u));
  }
  const fonts = new Set(css.flatMap((u) => cssFontUrls(readFileSync(fileFor(dist, u), 'utf8'))));
  return {
    html: bytesOf(dist, [path]),
    css: bytesOf(dist, css),
    js: bytesOf(dist, [...js]),
    fontsDeclared: fonts.size,
    /** Everything the HTML references directly, not on this origin. */
    external: [...refs.stylesheets, ...refs.scripts, ...refs.modulePreloads].filter((u) => !local(u)),
  };
}

export function corpusInfo(dist: string) {
  const files = walk(dist);
  const docDir = join(dist, 'van-ban');
  const documents = existsSync(docDir) ? readdirSync(docDir).filter((n) => existsSync(join(docDir, n, 'index.html'))).length : 0;
  return { documents, htmlPages: files.filter((f) => f.rel.endsWith('.html')).length, distBytes: files.reduce((n, f) => n + f.bytes, 0) };
}

export function searchIndexSizes(dist: string) {
  const dir = join(dist, 'pagefind');
  if (!existsSync(dir)) throw new Error(`${dir} does not exist: build the search index first (npm run build)`);
  return pagefindSizes(walk(dir));
}
