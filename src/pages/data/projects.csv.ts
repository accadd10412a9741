import type { APIRoute } from 'astro';
import { getContent } from '../../lib/content/index.ts';
import { contentRoot } from '../../lib/content/paths.ts';
import { toCsv } from '../../lib/data/dataset.ts';
import { checkedProjects, PROJECT_COLUMNS_OUT } from '../../lib/data/plan-tables.ts';
import { absolute, csv } from '../../lib/data/endpoints.ts';

export const GET: APIRoute = ({ site }) =>
  csv(
    toCsv(
      checkedProjects(getContent(), contentRoot()).projects.map((r) => ({ ...r, url: absolute(r.url, site) })),
      [...PROJECT_COLUMNS_OUT],
    ),
  );
