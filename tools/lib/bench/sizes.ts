/**
 * Byte accounting for the bench (issue #12): what a page downloads, by kind, raw and gzip'd.
 * "gzip" is the body gzip'd at zlib's default level (what a static host sends) for text, and the
 * raw size for formats that are compressed already (fonts, images, Pagefind's index files).
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { z } from 'zod';
import { isCompressible } from './serve.ts';
import type { bytesSchema } from './report-schema.ts';

export function gzipBytes(body: Uint8Array): Buffer {
  return gzipSync(body, { level: 6 });
}

/** Brotli at quality 6, the default of on-the-fly compression in nginx's module (11 takes ~100× longer). */
export function brotliBytes(body: Uint8Array): Buffer {
  return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
}

export const gzipSize = (body: Uint8Array): number => gzipBytes(body).length;

/** How a response is counted. `pagefind` is everything under /pagefind/ (its JS included). */
export const RESOURCE_KINDS = ['html', 'css', 'js', 'font', 'image', 'pagefind', 'data', 'other'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** Raw and gzip'd bytes plus the number of responses, for one kind or a total (see the module comment for gzip). */
export type Bytes = z.infer<typeof bytesSchema>;

export const emptyBytes = (): Bytes => ({ raw: 0, gzip: 0, count: 0 });

/** Kind of a response from its URL path and content type. */
export function resourceKind(pathname: string, contentType: string): ResourceKind {
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (pathname.startsWith('/pagefind/')) return 'pagefind';
  if (type === 'text/html') return 'html';
  if (type === 'text/css') return 'css';
  if (type === 'text/javascript' || type === 'application/javascript') return 'js';
  if (type.startsWith('font/') || /\.(woff2?|ttf|otf)$/.test(pathname)) return 'font';
  if (type.startsWith('image/')) return 'image';
  if (type === 'application/json' || type === 'text/csv') return 'data';
  return 'other';
}

/** One recorded response (body size known). */
export interface ResponseRecord {
  url: string;
  /** Content type header as sent. */
  contentType: string;
  /** Decoded body size. */
  raw: number;
  /** gzip'd size per the module rule; computed by `accountBody`. */
  gzip: number;
}

/** Raw and gzip size of one body, per the module rule. */
export function accountBody(body: Uint8Array, contentType: string): { raw: number; gzip: number } {
  return { raw: body.length, gzip: isCompressible(contentType.split(';')[0].trim().toLowerCase()) ? gzipSize(body) : body.length };
}

/** Totals by kind and overall. */
export function sumByKind(records: ResponseRecord[]): { byKind: Record<ResourceKind, Bytes>; total: Bytes } {
  const byKind = Object.fromEntries(RESOURCE_KINDS.map((k) => [k, emptyBytes()])) as Record<ResourceKind, Bytes>;
  const total = emptyBytes();
  for (const r of records) {
    const b = byKind[resourceKind(new URL(r.url).pathname, r.contentType)];
    for (const t of [b, total]) {
      t.raw += r.raw;
      t.gzip += r.gzip;
      t.count++;
    }
  }
  return { byKind, total };
}

/** Kinds of files in a Pagefind bundle (dist/pagefind/). */
export const PAGEFIND_KINDS = ['fragment', 'index', 'filter', 'wasm', 'js', 'meta', 'css', 'other'] as const;
export type PagefindKind = (typeof PAGEFIND_KINDS)[number];

/** Kind of a file inside the Pagefind bundle, from its path relative to the bundle. */
export function pagefindKind(rel: string): PagefindKind {
  const p = rel.replace(/\\/g, '/').replace(/^\/?(pagefind\/)?/, '');
  if (p.startsWith('fragment/')) return 'fragment';
  if (p.startsWith('index/')) return 'index';
  if (p.startsWith('filter/')) return 'filter';
  if (/^wasm\.[^/]+\.pagefind$/.test(p) || p.endsWith('.wasm')) return 'wasm';
  if (p.endsWith('.js')) return 'js';
  if (p.endsWith('.pf_meta') || p === 'pagefind-entry.json') return 'meta';
  if (p.endsWith('.css')) return 'css';
  return 'other';
}

/** Files and bytes of a Pagefind bundle by kind, from (relative path, size) pairs. */
export function pagefindSizes(files: { rel: string; bytes: number }[]): {
  totalBytes: number;
  files: number;
  byKind: Record<PagefindKind, { files: number; bytes: number }>;
} {
  const byKind = Object.fromEntries(PAGEFIND_KINDS.map((k) => [k, { files: 0, bytes: 0 }])) as Record<PagefindKind, { files: number; bytes: number }>;
  let totalBytes = 0;
  for (const f of files) {
    const k = byKind[pagefindKind(f.rel)];
    k.files++;
    k.bytes += f.bytes;
    totalBytes += f.bytes;
  }
  return { totalBytes, files: files.length, byKind };
}
