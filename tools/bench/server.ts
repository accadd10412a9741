/**
 * A small static file server for a built dist/ (bench and Lighthouse checks), on a free port of
 * 127.0.0.1. Routing (index.html, trailing-slash redirects, 404.html) is tools/lib/bench/serve.ts;
 * text is sent Brotli- or gzip-compressed when the client accepts it, as a static host would
 * (tools/lib/bench/serve.ts, responseEncoding).
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { contentType, isCompressible, responseEncoding, route, type PathKind } from '../lib/bench/serve.ts';
import { brotliBytes, gzipBytes } from '../lib/bench/sizes.ts';

export interface StaticServer {
  /** http://127.0.0.1:<port> (no trailing slash). */
  origin: string;
  port: number;
  close(): Promise<void>;
}

export async function serveDist(dir: string): Promise<StaticServer> {
  const root = resolve(dir);
  statSync(join(root, 'index.html')); // fails early on a dir that is not a built site
  const cache = new Map<string, { body: Buffer; br: Buffer | null; gz: Buffer | null }>();
  const lookup = (rel: string): PathKind => {
    try {
      const s = statSync(join(root, rel));
      return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : 'missing';
    } catch {
      return 'missing';
    }
  };
  const load = (rel: string) => {
    let hit = cache.get(rel);
    if (!hit) {
      const body = readFileSync(join(root, rel));
      const text = isCompressible(contentType(rel));
      hit = { body, br: text ? brotliBytes(body) : null, gz: text ? gzipBytes(body) : null };
      cache.set(rel, hit);
    }
    return hit;
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const r = route(pathname, url.search, lookup);
    if (r.kind === 'redirect') {
      // The same target as r.location, in the request's own (percent-encoded) form.
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    if (r.kind === 'not-found' && !r.file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const file = r.file!;
    const { body, br, gz } = load(file);
    const encoding = responseEncoding(String(req.headers['accept-encoding'] ?? ''), gz !== null);
    const payload = encoding === 'br' ? br! : encoding === 'gzip' ? gz! : body;
    res.writeHead(r.status, {
      'content-type': contentType(file),
      'content-length': payload.length,
      'cache-control': file.startsWith('_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
      ...(gz !== null ? { vary: 'accept-encoding' } : {}),
      ...(encoding ? { 'content-encoding': encoding } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : payload);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
