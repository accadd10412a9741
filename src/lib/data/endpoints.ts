/** Shared helpers for the /data/* endpoints. */
import { getContent } from '../content/index.ts';
import { urls } from '../urls.ts';

export function datasetMeta(site: URL | undefined) {
  const [latest] = getContent().changelog;
  return {
    version: latest?.version ?? '0.0.0',
    date: latest?.date ?? null,
    license: 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
    source: absolute(urls.dataset(), site),
  };
}

export const absolute = (path: string, site: URL | undefined) => (site ? new URL(path, site).href : path);

export const json = (data: unknown) => new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
export const csv = (text: string) => new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
