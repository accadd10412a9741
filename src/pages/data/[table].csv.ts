/** /data/documents.csv, indicators.csv, localities.csv: tables of the data package without an endpoint of their own. */
import type { APIRoute } from 'astro';
import { getContent } from '../../lib/content/index.ts';
import { tableCsv, tableDefinitions, type TableDefinition } from '../../lib/data/package.ts';
import { csv } from '../../lib/data/endpoints.ts';

const OWN_ENDPOINT = new Set(['targets', 'results', 'tasks', 'projects']);

export function getStaticPaths() {
  return tableDefinitions(getContent())
    .filter((d) => !OWN_ENDPOINT.has(d.name))
    .map((def) => ({ params: { table: def.name }, props: { def } }));
}

export const GET: APIRoute<{ def: TableDefinition }> = ({ props, site }) => csv(tableCsv(props.def, getContent(), site!));
