import type { APIRoute } from 'astro';
import { getContent } from '../../lib/content/index.ts';
import { targetRows, TARGET_COLUMNS } from '../../lib/data/dataset.ts';
import { absolute, datasetMeta, json } from '../../lib/data/endpoints.ts';

export const GET: APIRoute = ({ site }) =>
  json({
    ...datasetMeta(site),
    records: targetRows(getContent()).map((r) => Object.fromEntries(TARGET_COLUMNS.map((c) => [c, c === 'url' ? absolute(r.url, site) : r[c]]))),
  });
