/**
 * Writes a draft and its records, and puts a draft in a temporary content root (the project's
 * vocabularies, national targets and changelog, plus the draft, its source and its records), so
 * the content checks, the fidelity checker and the site (side-by-side view included) run on a
 * draft before anything is published: CDS_CONTENT_ROOT=<root>.
 */
import { copyFileSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { stringify } from 'yaml';
import { parseDocument, type Mark } from '../document/parse.ts';
import { parseFigure, yearFromId } from '../data/parse-target.ts';

/** The note every machine-drafted record of a review root carries. */
const DRAFT_NOTE = 'bản nháp máy, cần soát';

/**
 * The draft record of one marked figure: its id, anchor and text, the figure parsed from the text,
 * the year read from the id, and every field a person decides left null. Shared by the review
 * root and scripts/draft-records.ts; `note` is what the draft says about itself.
 */
export function draftRecord(m: Pick<Mark, 'kind' | 'id' | 'text'>, note: string | null): Record<string, unknown> {
  const fig = parseFigure(m.text);
  return m.kind === 'target'
    ? {
        id: m.id,
        anchor: m.id,
        text: m.text,
        indicator: null,
        comparator: fig.comparator,
        value: fig.value,
        value_max: fig.value_max,
        unit: fig.unit,
        year: yearFromId(m.id),
        level: null,
        pillar: null,
        sector: null,
        note,
      }
    : {
        id: m.id,
        anchor: m.id,
        target: null,
        text: m.text,
        indicator: null,
        value: fig.value,
        unit: fig.unit,
        year: yearFromId(m.id),
        status_printed: null,
        pillar: null,
        sector: null,
        note,
      };
}

/** Draft target and result records for every mark of a draft. */
export function draftRecords(mdx: string): { targets: Record<string, unknown>[]; results: Record<string, unknown>[] } {
  const marks = parseDocument(mdx).marks;
  return {
    targets: marks.filter((m) => m.kind === 'target').map((m) => draftRecord(m, DRAFT_NOTE)),
    results: marks.filter((m) => m.kind !== 'target').map((m) => draftRecord(m, DRAFT_NOTE)),
  };
}

export const recordsYaml = (records: Record<string, unknown>[]): string => (records.length ? stringify(records, { lineWidth: 0 }) : '[]\n');

/** Banner of every page built from a review root (content/site.yaml). */
export const REVIEW_NOTICE = 'Bản nháp máy, chưa được người đọc soát — không phải văn bản đã công bố';

/** Creates <root>/content with the project's vocab and reference data, the draft, its source and its records. */
export function assembleReviewRoot(projectRoot: string, root: string, slug: string, mdx: string, sourcePath: string): void {
  const c = join(root, 'content');
  for (const d of ['documents', 'sources', 'data/targets', 'data/results', 'restoration-notes']) mkdirSync(join(c, d), { recursive: true });
  cpSync(join(projectRoot, 'content/vocab'), join(c, 'vocab'), { recursive: true });
  for (const f of ['national-targets.yaml', 'changelog.yaml']) copyFileSync(join(projectRoot, 'content/data', f), join(c, 'data', f));
  copyFileSync(sourcePath, join(c, 'sources', basename(sourcePath)));
  // A review root is not the published site: a banner on every page, noindex, and no English abstract required.
  writeFileSync(join(c, 'site.yaml'), stringify({ notice: REVIEW_NOTICE, indexed: false }));
  writeFileSync(join(c, 'documents', `${slug}.mdx`), mdx);
  const { targets, results } = draftRecords(mdx);
  writeFileSync(join(c, 'data/targets', `${slug}.yaml`), recordsYaml(targets));
  writeFileSync(join(c, 'data/results', `${slug}.yaml`), recordsYaml(results));
}
