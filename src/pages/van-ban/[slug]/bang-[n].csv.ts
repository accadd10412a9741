/** Each table of a restored document as CSV (UTF-8 with BOM), built at build time: /van-ban/<slug>/bang-<n>.csv. */
import type { APIRoute } from 'astro';
import { getContent } from '../../../lib/content/index.ts';
import { contentRoot } from '../../../lib/content/paths.ts';
import { documentTables, tableFormat } from '../../../lib/consistency/index.ts';
import { tableCsv } from '../../../lib/tables/csv.ts';
import { csv } from '../../../lib/data/endpoints.ts';

export function getStaticPaths() {
  const content = getContent();
  return content.documents.flatMap((doc) =>
    documentTables(contentRoot(), doc).map((table) => ({
      params: { slug: doc.slug, n: String(table.index) },
      props: { body: tableCsv(table, tableFormat(content.consistency.formats, doc.slug, table.index)) },
    })),
  );
}

export const GET: APIRoute = ({ props }) => csv((props as { body: string }).body);
