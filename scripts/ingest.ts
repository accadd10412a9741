/**
 * From raw OCR to a reviewable draft (issue #21).
 * Usage: npm run ingest -- --source <ocr.txt> --out <dir> [--slug <slug>] [--exclude <slug>]
 * Writes <dir>/<slug>.mdx, <slug>.targets.yaml, <slug>.results.yaml, <slug>.report.md and a
 * review content root <dir>/review/ (CDS_CONTENT_ROOT=<dir>/review npm run check:content).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { contentRoot } from '../src/lib/content/paths.ts';
import { loadTrainingData } from '../src/lib/ingest/training.ts';
import { dictionaryWords } from '../src/lib/ingest/inventory.ts';
import { backgroundModel } from '../src/lib/ingest/background.ts';
import { buildModel } from '../src/lib/ingest/restore.ts';
import { trainTagClassifier } from '../src/lib/ingest/tags.ts';
import { buildDraft } from '../src/lib/ingest/draft.ts';
import { draftReport } from '../src/lib/ingest/report.ts';
import { assembleReviewRoot, draftRecords, recordsYaml } from '../src/lib/ingest/review-root.ts';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const source = opt('source');
const out = opt('out');
if (!source || !out) {
  console.error('usage: npm run ingest -- --source <ocr.txt> --out <dir> [--slug <slug>] [--exclude <slug>]');
  process.exit(2);
}
const slug =
  opt('slug') ??
  `nhap-${basename(source)
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')}`;
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
  console.error(`--slug ${slug}: must be ASCII kebab-case`);
  process.exit(2);
}
const t0 = performance.now();
const root = contentRoot();
const data = loadTrainingData(root, { exclude: opt('exclude') ?? null });
const dictionary = dictionaryWords();
const model = buildModel(data, dictionary);
const buf = readFileSync(source);
const draft = buildDraft({
  slug,
  sourceFile: basename(source),
  sha256: createHash('sha256').update(buf).digest('hex'),
  sourceText: buf.toString('utf8'),
  localities: data.documents.length ? (await import('../src/lib/content/index.ts')).loadContent(root, { skipData: true }).content.localities : [],
  model,
  background: backgroundModel(dictionary),
  tags: trainTagClassifier(data),
});
const seconds = (performance.now() - t0) / 1000;
mkdirSync(out, { recursive: true });
writeFileSync(join(out, `${slug}.mdx`), draft.mdx);
const { targets, results } = draftRecords(draft.mdx);
writeFileSync(join(out, `${slug}.targets.yaml`), recordsYaml(targets));
writeFileSync(join(out, `${slug}.results.yaml`), recordsYaml(results));
writeFileSync(join(out, `${slug}.report.md`), draftReport(slug, source, draft, model.trainedOn, seconds));
assembleReviewRoot(process.cwd(), join(out, 'review'), slug, draft.mdx, resolve(source));
console.log(
  `${join(out, slug)}.mdx: ${draft.words} words, ${draft.flagged.length} marked uncertain (${((draft.flagged.length / Math.max(1, draft.words)) * 100).toFixed(1)}%; garble ${(draft.garble * 100).toFixed(1)}% at the fixed threshold), ${targets.length + results.length} draft records, ${seconds.toFixed(1)} s`,
);
console.log(`review: CDS_CONTENT_ROOT=${join(out, 'review')} npm run check:content  (then check:fidelity, build: docs/review-workflow.md)`);
