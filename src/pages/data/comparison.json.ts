/** /data/comparison.json: every cell the comparison pages show, with its verdict and, when not comparable, why. */
import type { APIRoute } from 'astro';
import { getContent } from '../../lib/content/index.ts';
import { targetRows } from '../../lib/data/dataset.ts';
import { datasetMeta, json } from '../../lib/data/endpoints.ts';
import { buildMatrix, comparisonCells, COMPARISON_YEARS } from '../../lib/compare/matrix.ts';

export const GET: APIRoute = ({ site }) => {
  const content = getContent();
  const rows = targetRows(content);
  const localities = content.localities.map((l) => l.id);
  const pillarOrder = content.pillars.map((p) => p.id);
  return json({
    ...datasetMeta(site),
    records: comparisonCells(
      COMPARISON_YEARS.map((year) => ({ year, groups: buildMatrix(rows, content.national, content.indicators, { year, localities, pillarOrder }) })),
    ),
  });
};
