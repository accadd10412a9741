import type { APIRoute } from 'astro';
import { getContent } from '../../lib/content/index.ts';
import { contentRoot } from '../../lib/content/paths.ts';
import { taskRows, TASK_COLUMNS } from '../../lib/data/plan-tables.ts';
import { absolute, datasetMeta, json } from '../../lib/data/endpoints.ts';

export const GET: APIRoute = ({ site }) =>
  json({
    ...datasetMeta(site),
    records: taskRows(getContent(), contentRoot()).map((r) => Object.fromEntries(TASK_COLUMNS.map((c) => [c, c === 'url' ? absolute(r.url, site) : r[c]]))),
  });
