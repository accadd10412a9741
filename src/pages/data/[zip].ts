/** /data/chuyen-doi-so-dia-phuong-<version>.zip: the whole dataset (data package, CSV and JSON files, README). */
import type { APIRoute } from 'astro';
import { getContent } from '../../lib/content/index.ts';
import { dataPackage, datasetZipName, tableCsv, tableDefinitions } from '../../lib/data/package.ts';
import { datasetZip } from '../../lib/data/zip.ts';
import { buildDate } from '../../lib/build-date.ts';
import { urls } from '../../lib/urls.ts';
import { GET as documentsJson } from './documents.json.ts';
import { GET as targetsJson } from './targets.json.ts';
import { GET as resultsJson } from './results.json.ts';
import { GET as indicatorsJson } from './indicators.json.ts';

export function getStaticPaths() {
  const [latest] = getContent().changelog;
  return [{ params: { zip: datasetZipName(latest?.version ?? '0.0.0') } }];
}

export const GET: APIRoute = async (context) => {
  const content = getContent();
  const site = context.site!;
  const files: Record<string, string> = { 'datapackage.json': `${JSON.stringify(dataPackage(content, site), null, 2)}\n` };
  for (const def of tableDefinitions(content)) files[`${def.name}.csv`] = tableCsv(def, content, site);
  const json = { 'documents.json': documentsJson, 'targets.json': targetsJson, 'results.json': resultsJson, 'indicators.json': indicatorsJson };
  for (const [name, get] of Object.entries(json)) files[name] = await (await get(context)).text();
  const [latest] = content.changelog;
  files['README.txt'] =
    `Chuyển đổi số địa phương — dataset version ${latest?.version} (${latest?.date}).\r\nLicence: CC BY 4.0. Described by datapackage.json (Frictionless Data Package); the CSV files are UTF-8 with a BOM.\r\nSource: ${new URL(urls.dataset(), site).href}\r\n`;
  return new Response(Buffer.from(datasetZip(files, buildDate())), { headers: { 'Content-Type': 'application/zip' } });
};
