/**
 * The one door through which every piece of training data passes (issue #21): restored
 * documents, their parts, dataset records and restoration notes, with one document left out
 * on request. Leave-one-out evaluation is only honest if nothing of the excluded document
 * (text, parts, records, notes) reaches the model, so nothing else reads content for training.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../content/index.ts';
import type { LoadedDocument } from '../content/documents.ts';
import { matchFidelity } from '../fidelity/check.ts';
import { goldMatch, tableLinesOf } from './gold-pairs.ts';

export interface TrainingText {
  slug: string;
  file: string;
  text: string;
}

export interface TrainingData {
  /** The slug left out, or null. */
  excluded: string | null;
  documents: LoadedDocument[];
  /** content/parts/<slug>/*.mdx of the documents kept. */
  parts: TrainingText[];
  /** content/data/{targets,results}/<slug>.yaml of the documents kept. */
  records: TrainingText[];
  /** content/restoration-notes/<slug>*.md of the documents kept. */
  notes: TrainingText[];
  /** Place names from content/vocab (localities, provinces): vocabulary, not document text. */
  names: string[];
}

/** Whether a file belongs to the excluded document (its slug, or a part of it such as "<slug>-part-2"). */
const belongsTo = (name: string, slug: string | null): boolean =>
  slug !== null && (name === slug || name.startsWith(`${slug}-`) || name.startsWith(`${slug}.`));

/** Reads the training data under a content root, without the document `exclude` (a slug) and everything of it. */
export function loadTrainingData(root: string, opts: { exclude?: string | null } = {}): TrainingData {
  const exclude = opts.exclude ?? null;
  const { content, issues } = loadContent(root, { skipData: true, documentsDir: 'content/documents' });
  if (issues.length) throw new Error(`training data does not load: ${issues.map((i) => `${i.file} ${i.field}: ${i.message}`).join('; ')}`);
  if (exclude && !content.documents.some((d) => d.slug === exclude)) throw new Error(`--exclude ${exclude}: no such document in ${root}/content/documents`);
  const read = (dir: string, pick: (name: string) => string | null): TrainingText[] => {
    const abs = join(root, dir);
    if (!existsSync(abs)) return [];
    const out: TrainingText[] = [];
    for (const name of readdirSync(abs).sort()) {
      const slug = pick(name);
      if (slug === null || belongsTo(slug, exclude)) continue;
      out.push({ slug, file: `${dir}/${name}`, text: readFileSync(join(abs, name), 'utf8') });
    }
    return out;
  };
  const parts = existsSync(join(root, 'content/parts'))
    ? readdirSync(join(root, 'content/parts'))
        .sort()
        .filter((s) => !belongsTo(s, exclude))
        .flatMap((s) => read(`content/parts/${s}`, (n) => (n.endsWith('.mdx') ? s : null)))
    : [];
  return {
    excluded: exclude,
    documents: content.documents.filter((d) => !belongsTo(d.slug, exclude)),
    parts,
    records: [...read('content/data/targets', (n) => n.replace(/\.yaml$/, '')), ...read('content/data/results', (n) => n.replace(/\.yaml$/, ''))],
    notes: read('content/restoration-notes', (n) => n.replace(/\.md$/, '')),
    names: [...content.localities.map((l) => l.name), ...content.provinces.map((p) => p.name)],
  };
}

/** One OCR token and the restored word the fidelity alignment matched it to. */
export interface AlignedPair {
  ocr: string;
  restored: string;
}

const pairCache = new WeakMap<LoadedDocument, AlignedPair[]>();

/**
 * Source ↔ restored word pairs of a training document: the fidelity checker's alignment with each OCR
 * line placed where the restored text fits it (goldMatch).
 * Only OCR tokens as printed count: tokens the reviewed `readings` put in place are skipped,
 * so the confusion model learns what the OCR does, not what a reviewer typed.
 */
export function alignedPairs(doc: LoadedDocument): AlignedPair[] {
  const hit = pairCache.get(doc);
  if (hit) return hit;
  const m = matchFidelity(doc);
  const pairs = goldMatch(m, tableLinesOf(doc.sourceText));
  const readingLines = new Set(doc.meta.source.readings.map((r) => r.line));
  const out: AlignedPair[] = [];
  for (const u of m.units)
    for (const t of u.tokens) {
      const i = pairs.get(t);
      if (i === undefined || t.uncertain) continue;
      const s = m.source[i];
      if (readingLines.has(s.at)) continue;
      out.push({ ocr: s.raw, restored: t.raw });
    }
  pairCache.set(doc, out);
  return out;
}
