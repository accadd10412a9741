/**
 * /data/comparison.json and the comparison pages agree (issue #17): every verdict a page shows
 * (a target's `data-record` with each `data-reference` and `data-verdict`) is a cell of the JSON,
 * and every compared cell of the JSON is on its year's page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteCheck, SiteProblem } from './types.ts';
import { urls } from '../../urls.ts';
import type { ComparisonCellRecord } from '../../compare/matrix.ts';

type Cell = Pick<ComparisonCellRecord, 'year' | 'target' | 'national_reference' | 'verdict'>;

const JSON_PATH = urls.dataFile('comparison.json');

/** The (target, reference, verdict) triples a comparison page shows, read from its markup. */
export function verdictsOnPage(html: string): string[] {
  const out: string[] = [];
  // Attribute values may hold ">" (data-comparator=">"), so attributes are matched one by one.
  for (const p of html.matchAll(/<p class="cell-target"((?:\s[\w-]+="[^"]*")*)\s*>([\s\S]*?)<\/p>/g)) {
    const record = /\sdata-record="([^"]+)"/.exec(p[1])?.[1];
    if (!record) continue;
    for (const v of p[2].matchAll(/data-reference="([^"]+)" data-verdict="([^"]+)"/g)) out.push(`${record}|${v[1]}|${v[2]}`);
  }
  return out;
}

export const comparisonCheck: SiteCheck = {
  name: 'comparison-data',
  run(site) {
    const problems: SiteProblem[] = [];
    const file = join(site.dir, JSON_PATH);
    if (!existsSync(file))
      return {
        check: this.name,
        checked: 0,
        problems: [{ page: JSON_PATH, message: 'missing', fix: 'build src/pages/data/comparison.json.ts' }],
      };
    const cells = (JSON.parse(readFileSync(file, 'utf8')) as { records: Cell[] }).records;
    const years = [...new Set(cells.map((c) => c.year))];
    let checked = 0;
    for (const year of years) {
      const page = site.pages.get(urls.comparison(year));
      if (!page) {
        problems.push({
          page: urls.comparison(year),
          message: 'comparison.json has cells for a year with no page',
          fix: 'build the year page or drop the year',
        });
        continue;
      }
      const shown = new Set(verdictsOnPage(page.html));
      const published = new Set(cells.filter((c) => c.year === year && c.national_reference).map((c) => `${c.target}|${c.national_reference}|${c.verdict}`));
      checked += shown.size;
      for (const s of shown)
        if (!published.has(s))
          problems.push({
            page: page.url,
            message: `shows ${s} (target|reference|verdict), which ${JSON_PATH} does not list`,
            fix: 'render the page from buildMatrix, the same data as comparison.json',
          });
      for (const s of published)
        if (!shown.has(s))
          problems.push({
            page: page.url,
            message: `${JSON_PATH} lists ${s}, which the page does not show`,
            fix: 'render every comparison of a target in ComparisonMatrix',
          });
    }
    return { check: this.name, checked, problems };
  },
};
