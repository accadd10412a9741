import type { APIRoute } from 'astro';
import { getContent } from '../../lib/content/index.ts';
import { resultRows, toCsv, RESULT_COLUMNS } from '../../lib/data/dataset.ts';
import { absolute, csv } from '../../lib/data/endpoints.ts';

export const GET: APIRoute = ({ site }) =>
  csv(
    toCsv(
      resultRows(getContent()).map((r) => ({ ...r, url: absolute(r.url, site) })),
      [...RESULT_COLUMNS],
    ),
  );
