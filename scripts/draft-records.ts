/**
 * Drafts target/result records for a document's marked figures that have none yet, as a
 * starting point for review (never published unreviewed: every field is checked by a person).
 * Usage: node scripts/draft-records.ts <slug>   → appends to content/data/{targets,results}/<slug>.yaml
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { stringify, parse } from 'yaml';
import { loadContent } from '../src/lib/content/index.ts';
import { contentRoot } from '../src/lib/content/paths.ts';
import { modelOf } from '../src/lib/content/model.ts';
import { draftRecord } from '../src/lib/ingest/review-root.ts';

const slug = process.argv[2];
const { content } = loadContent(contentRoot(), { skipData: true });
const doc = modelOf(content).findDocument(slug);
if (!doc) {
  console.error(`no document ${slug}`);
  process.exit(2);
}
for (const kind of ['target', 'result'] as const) {
  const file = `content/data/${kind}s/${slug}.yaml`;
  const existing = existsSync(file) ? ((parse(readFileSync(file, 'utf8')) ?? []) as { anchor: string }[]) : [];
  const have = new Set(existing.map((r) => r.anchor));
  const drafts = doc.parsed.marks.filter((m) => m.kind === kind && !have.has(m.id)).map((m) => draftRecord(m, null));
  if (drafts.length) appendFileSync(file, stringify(drafts, { lineWidth: 0 }));
  console.log(`${file}: ${drafts.length} draft record(s) appended`);
}
