/**
 * Routing of the bench's static file server (issue #12), kept pure so it can be tested: which file
 * answers a URL path, with the same rules as the deployed site (trailingSlash: 'always',
 * build.format: 'directory'): directories answer with their index.html, a directory asked for
 * without its trailing slash is redirected (301) to it, anything else is 404 with 404.html.
 */

/** What the file system says about a path inside the served directory. */
export type PathKind = 'file' | 'dir' | 'missing';

export type Route =
  { kind: 'file'; file: string; status: 200 } | { kind: 'redirect'; location: string; status: 301 } | { kind: 'not-found'; file: string | null; status: 404 };

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  woff: 'font/woff',
  wasm: 'application/wasm',
  webmanifest: 'application/manifest+json',
};

/** Content type for a file name; Pagefind's own gzip'd index files are application/octet-stream. */
export function contentType(file: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
  return TYPES[ext] ?? 'application/octet-stream';
}

/** Text types are worth compressing on the fly; fonts, images and Pagefind's files are compressed already. */
export function isCompressible(type: string): boolean {
  return /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/.test(type);
}

/**
 * How a text response is sent, as the hosts that read dist/_headers (Netlify, Cloudflare Pages) send
 * it: Brotli when the browser accepts it (Chromium does, on 127.0.0.1 too), else gzip, else as is.
 */
export function responseEncoding(acceptEncoding: string, compressible: boolean): 'br' | 'gzip' | null {
  if (!compressible) return null;
  const accepted = new Set(acceptEncoding.split(',').map((e) => e.split(';')[0].trim().toLowerCase()));
  return accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : null;
}

/**
 * Decides how to answer `pathname` (already URL-decoded, starting with "/"), given a lookup of
 * what exists at a relative path. `search` is kept on redirects.
 */
export function route(pathname: string, search: string, lookup: (rel: string) => PathKind): Route {
  const parts = pathname.split('/').filter(Boolean);
  const notFound = (): Route => ({ kind: 'not-found', file: lookup('404.html') === 'file' ? '404.html' : null, status: 404 });
  // No escaping the served directory, and no dot-files.
  if (parts.some((p) => p === '..' || p.startsWith('.') || p.includes('\0'))) return notFound();
  const rel = parts.join('/');
  const kind = rel ? lookup(rel) : 'dir';
  if (kind === 'file' && !pathname.endsWith('/')) return { kind: 'file', file: rel, status: 200 };
  if (kind === 'dir') {
    const index = rel ? `${rel}/index.html` : 'index.html';
    if (lookup(index) !== 'file') return notFound();
    if (!pathname.endsWith('/')) return { kind: 'redirect', location: `${pathname}/${search}`, status: 301 };
    return { kind: 'file', file: index, status: 200 };
  }
  return notFound();
}
