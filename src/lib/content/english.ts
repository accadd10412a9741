/**
 * The English edition's content: vocabulary translations (content/vocab/en.yaml) and the
 * unofficial English abstracts (content/abstracts/en/<slug>.md). Every Vietnamese id must have its
 * English entry, every document its abstract, and nothing may name an unknown id: a problem is a
 * content issue, so check:content and the build fail naming the file, the field and the fix.
 * A content root that is not published (content/site.yaml `indexed: false`, e.g. the generated
 * scale corpus with invented provinces) has no translations: it gets the Vietnamese names as
 * stand-ins, flagged, and its pages are noindex like all its pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { englishAbstractSchema, englishVocabSchema, type EnglishAbstract, type EnglishVocab } from '../../schemas/english-vocab.ts';
import type { ContentIssue } from './issues.ts';
import { isNFC } from '../text/fold.ts';
import type { LoadedDocument } from './documents.ts';
import { zodIssues } from './yaml.ts';
import type { Vocab } from './vocab.ts';
import type { Indicator } from '../../schemas/indicator.ts';

export interface EnglishContent {
  vocab: EnglishVocab;
  /** Abstract per document slug: frontmatter and the Markdown paragraphs. */
  abstracts: Map<string, EnglishAbstract & { paragraphs: string[] }>;
  /** True when names were filled from the Vietnamese (unpublished content roots only). */
  standIns: boolean;
}

const VOCAB_FILE = 'content/vocab/en.yaml';
export const abstractFile = (slug: string) => `content/abstracts/en/${slug}.md`;

/** Entries of `list` by id, with an issue for each id missing from or unknown to the Vietnamese vocabulary. */
function matchIds(section: string, list: { id: string }[], viIds: string[], issues: ContentIssue[]) {
  const have = new Set(list.map((e) => e.id));
  for (const id of viIds) if (!have.has(id)) issues.push({ file: VOCAB_FILE, field: `${section}`, message: `no English entry for "${id}"; add { id: ${id}, … } with its English name` });
  list.forEach((e, i) => { if (!viIds.includes(e.id)) issues.push({ file: VOCAB_FILE, field: `${section}[${i}].id`, message: `"${e.id}" is not an id of the Vietnamese vocabulary; fix the id or remove the entry` }); });
}

export function loadEnglish(root: string, vocab: Vocab & { indicators: Indicator[] }, documents: LoadedDocument[], issues: ContentIssue[], published = true): EnglishContent | null {
  const synthetic = !published;
  const path = join(root, VOCAB_FILE);
  if (!existsSync(path)) {
    if (synthetic) return null;
    issues.push({ file: VOCAB_FILE, field: '(file)', message: 'file is missing; the English edition needs it (restore it from git)' });
    return null;
  }
  const raw = readFileSync(path, 'utf8');
  if (!isNFC(raw)) issues.push({ file: VOCAB_FILE, field: '(text)', message: 'file is not Unicode NFC; normalise it to NFC and save again' });
  const parsed = englishVocabSchema.safeParse(parseYaml(raw));
  if (!parsed.success) { issues.push(...zodIssues(VOCAB_FILE, '', parsed.error)); return null; }
  const en = parsed.data;
  let standIns = false;
  if (synthetic) {
    // An unpublished corpus (invented provinces) has no translation: stand in with their (synthetic) Vietnamese names.
    for (const l of vocab.localities) if (!en.localities.some((e) => e.id === l.id)) { en.localities.push({ id: l.id, name: l.name, history: l.history }); standIns = true; }
    for (const p of vocab.provinces) if (!en.provinces.some((e) => e.id === p.id)) { en.provinces.push({ id: p.id, name: p.name }); standIns = true; }
    en.localities = en.localities.filter((e) => vocab.localities.some((l) => l.id === e.id));
    en.provinces = en.provinces.filter((e) => vocab.provinces.some((l) => l.id === e.id));
    for (const g of vocab.glossary) if (!en.glossary.some((e) => e.id === g.id)) { en.glossary.push({ id: g.id, expansion: g.expansion, definition: g.definition }); standIns = true; }
    en.glossary = en.glossary.filter((e) => vocab.glossary.some((g) => g.id === e.id));
  }
  matchIds('localities', en.localities, vocab.localities.map((l) => l.id), issues);
  matchIds('provinces', en.provinces, vocab.provinces.map((l) => l.id), issues);
  matchIds('pillars', en.pillars, vocab.pillars.map((l) => l.id), issues);
  matchIds('sectors', en.sectors, vocab.sectors.map((l) => l.id), issues);
  matchIds('indicators', en.indicators, vocab.indicators.map((l) => l.id), issues);
  matchIds('glossary', en.glossary, vocab.glossary.map((g) => g.id), issues);
  const viIndicators = new Map(vocab.indicators.map((x) => [x.id, x]));
  en.indicators.forEach((e, i) => {
    const vi = viIndicators.get(e.id);
    if (vi && vi.comparability.length !== e.comparability.length) issues.push({ file: VOCAB_FILE, field: `indicators[${i}].comparability`, message: `has ${e.comparability.length} note(s), the Vietnamese "${e.id}" has ${vi.comparability.length}; translate each note, in order` });
  });

  const abstracts = new Map<string, EnglishAbstract & { paragraphs: string[] }>();
  for (const d of documents) {
    const rel = abstractFile(d.slug);
    const file = join(root, rel);
    if (!existsSync(file)) {
      if (published) issues.push({ file: rel, field: '(file)', message: `document "${d.slug}" has no English abstract; write one (frontmatter title, writtenFrom; a few paragraphs from the document)` });
      continue;
    }
    const text = readFileSync(file, 'utf8');
    if (!isNFC(text)) issues.push({ file: rel, field: '(text)', message: 'file is not Unicode NFC; normalise it to NFC and save again' });
    const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    if (!m) { issues.push({ file: rel, field: '(frontmatter)', message: 'must start with a YAML frontmatter block between --- lines' }); continue; }
    const fm = englishAbstractSchema.safeParse(parseYaml(m[1]!));
    if (!fm.success) { issues.push(...zodIssues(rel, 'frontmatter', fm.error)); continue; }
    const paragraphs = m[2]!.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
    if (paragraphs.length < 2) issues.push({ file: rel, field: '(body)', message: 'an abstract needs a few paragraphs (at least 2), written from the document' });
    abstracts.set(d.slug, { ...fm.data, paragraphs });
  }
  return { vocab: en, abstracts, standIns };
}
