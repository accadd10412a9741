/**
 * Drafts target/result records for a document's marked figures that have none yet, as a
 * starting point for review (never published unreviewed: every field is checked by a person).
 * Usage: node scripts/draft-records.ts <slug>   → appends to content/data/{targets,results}/<slug>.yaml
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { stringify, parse } from 'yaml';
import { loadContent } from '../src/lib/content/index.ts';
import { contentRoot } from '../src/lib/content/paths.ts';
import { parseFigure, yearFromId } from '../src/lib/data/parse-target.ts';

const slug = process.argv[2];
const { content } = loadContent(contentRoot(), { skipData: true });
const doc = content.documents.find((d) => d.slug === slug);
if (!doc) {
  console.error(`no document ${slug}`);
  process.exit(2);
}
for (const kind of ['target', 'result'] as const) {
  const file = `content/data/${kind}s/${slug}.yaml`;
  const existing = existsSync(file) ? ((parse(readFileSync(file, 'utf8')) ?? []) as { anchor: string }[]) : [];
  const have = new Set(existing.map((r) => r.anchor));
  const drafts = doc.parsed.marks
    .filter((m) => m.kind === kind && !have.has(m.id))
    .map((m) => {
      const fig = parseFigure(m.text);
      return kind === 'target'
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
            note: null,
          }
        : {
            id: m.id,
            anchor: m.id,
            target: null,
            text: m.text,
            indicator: null,
            value: fig.value,
            unit: fig.unit === 'rank' ? 'rank' : fig.unit,
            year: yearFromId(m.id),
            status_printed: null,
            pillar: null,
            sector: null,
            note: null,
          };
    });
  if (drafts.length) appendFileSync(file, stringify(drafts, { lineWidth: 0 }));
  console.log(`${file}: ${drafts.length} draft record(s) appended`);
}
