import type { APIRoute } from 'astro';
import { getContent } from '../../lib/content/index.ts';
import { datasetMeta, json } from '../../lib/data/endpoints.ts';

export const GET: APIRoute = ({ site }) => {
  const content = getContent();
  return json({
    ...datasetMeta(site),
    records: content.indicators.map((i) => ({ ...i, national_targets: content.national.filter((n) => n.indicator === i.id) })),
  });
};
