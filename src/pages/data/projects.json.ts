import type { APIRoute } from 'astro';
import { getContent } from '../../lib/content/index.ts';
import { contentRoot } from '../../lib/content/paths.ts';
import { checkedProjects, PROJECT_COLUMNS_OUT } from '../../lib/data/plan-tables.ts';
import { absolute, datasetMeta, json } from '../../lib/data/endpoints.ts';

export const GET: APIRoute = ({ site }) => {
  const { projects, subtotals } = checkedProjects(getContent(), contentRoot());
  return json({
    ...datasetMeta(site),
    unit: 'triệu đồng',
    subtotals,
    records: projects.map((r) => Object.fromEntries(PROJECT_COLUMNS_OUT.map((c) => [c, c === 'url' ? absolute(r.url, site) : r[c]]))),
  });
};
