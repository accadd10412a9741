/** Loads restored documents (content/documents/*.mdx) with their parsed structure and checks them. */
import { uncertainFieldProblems } from '../document/uncertain-fields.ts';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { documentSchema, type DocumentMeta } from '../../schemas/document.ts';
import type { ContentIssue } from './issues.ts';
import { parseDocument, type ParsedDocument } from '../document/parse.ts';
import { firstNonNFCIndex } from '../text/fold.ts';
import { toneConventionViolations } from '../text/tone.ts';
import type { Vocab } from './vocab.ts';
import { zodIssues } from './yaml.ts';

export interface LoadedDocument {
  /** Slug = file name without .mdx. */
  slug: string;
  /** Path relative to the project root. */
  file: string;
  meta: DocumentMeta;
  parsed: ParsedDocument;
  /** Raw source text (content/sources/<file>). */
  sourceText: string;
}

const MARK_ID_RE = /^(tv09|tg573|tg112|ht23|dt04|[a-z0-9]+)-(?:kq-)?(?:\d{4}|na)-[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function loadDocuments(root: string, vocab: Vocab, issues: ContentIssue[], dir = 'content/documents'): LoadedDocument[] {
  const abs = resolve(root, dir);
  if (!existsSync(abs)) return [];
  const docs: LoadedDocument[] = [];
  const markOwners = new Map<string, string>();
  const localityIds = new Set(vocab.localities.map((l) => l.id));
  const pillarIds = new Set(vocab.pillars.map((p) => p.id));
  const sectorIds = new Set(vocab.sectors.map((s) => s.id));
  for (const name of readdirSync(abs).filter((f) => f.endsWith('.mdx')).sort()) {
    const file = `${dir}/${name}`;
    const slug = name.replace(/\.mdx$/, '');
    const text = readFileSync(join(abs, name), 'utf8');
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) issues.push({ file, field: '(file name)', message: 'must be an ASCII kebab-case slug, e.g. "ha-tien-ke-hoach-chuyen-doi-so-2023.mdx"' });
    const bad = firstNonNFCIndex(text);
    if (bad >= 0) {
      const line = text.slice(0, bad).split('\n').length;
      issues.push({ file: `${file}:${line}`, field: '(text)', message: 'text is not Unicode NFC (decomposed diacritics); normalise the file to NFC and save again' });
    }
    for (const v of toneConventionViolations(text)) {
      issues.push({ file: `${file}:${v.line}`, field: '(tone marks)', message: `"${v.word}" breaks the project's tone-mark convention; write "${v.fix}" (mark on the first vowel of open oa/oe/uy, see content/README.md)` });
    }
    let parsed: ParsedDocument;
    try { parsed = parseDocument(text); } catch (e) { issues.push({ file, field: 'frontmatter', message: `does not parse: ${(e as Error).message}` }); continue; }
    const r = documentSchema.safeParse(parsed.frontmatter);
    if (!r.success) { issues.push(...zodIssues(file, 'frontmatter', r.error)); continue; }
    const meta = r.data;
    for (const p of parsed.problems) issues.push({ file: `${file}:${p.line}`, field: '(markup)', message: p.message });
    if (!localityIds.has(meta.locality)) issues.push({ file, field: 'frontmatter.locality', message: `unknown locality "${meta.locality}"; allowed: ${[...localityIds].join(', ')} (content/vocab/localities.yaml)` });
    for (const s of parsed.sections) {
      if (!s.own) continue;
      for (const p of s.own.pillars) if (!pillarIds.has(p)) issues.push({ file: `${file}:${s.own.line}`, field: '<Tags pillars>', message: `unknown pillar "${p}"; allowed: ${[...pillarIds].join(', ')} (content/vocab/pillars.yaml)` });
      for (const p of s.own.sectors) if (!sectorIds.has(p)) issues.push({ file: `${file}:${s.own.line}`, field: '<Tags sectors>', message: `unknown sector "${p}"; allowed: ${[...sectorIds].join(', ')} (content/vocab/sectors.yaml)` });
    }
    for (const m of parsed.marks) {
      const tag = m.kind === 'target' ? 'Target' : 'Result';
      if (!MARK_ID_RE.test(m.id)) issues.push({ file: `${file}:${m.line}`, field: `<${tag} id>`, message: `id "${m.id}" must be "{prefix}-{year|na}-{topic}" for targets or "{prefix}-kq-{year|na}-{topic}" for results, lower-case ASCII` });
      if (m.kind === 'result' && !m.id.includes('-kq-')) issues.push({ file: `${file}:${m.line}`, field: '<Result id>', message: `result id "${m.id}" must contain "-kq-" after the prefix` });
      const prev = markOwners.get(m.id);
      if (prev) issues.push({ file: `${file}:${m.line}`, field: `<${tag} id>`, message: `duplicate id "${m.id}" (first used at ${prev}); every target/result id must be unique across the site` });
      else markOwners.set(m.id, `${file}:${m.line}`);
      if (!m.text) issues.push({ file: `${file}:${m.line}`, field: `<${tag}>`, message: `"${m.id}" wraps no text; wrap the sentence that carries the figure` });
    }
    for (const p of uncertainFieldProblems(meta, meta.uncertain)) issues.push({ file, field: `frontmatter.uncertain[${p.index}]`, message: p.message });
    // Machine drafts (npm run ingest) are reviewed in a separate content root, never published as they are.
    if (meta.restoration.status === 'draft' && !process.env.CDS_CONTENT_ROOT) issues.push({ file, field: 'frontmatter.restoration.status', message: 'a machine draft (status "draft") is not published: review it (docs/review-workflow.md), then set status "restored" or "in-progress"' });
    const srcPath = join(root, 'content/sources', meta.source.file);
    let sourceText = '';
    if (!existsSync(srcPath)) {
      issues.push({ file, field: 'frontmatter.source.file', message: `"${meta.source.file}" is not in content/sources/; copy the seed there verbatim` });
    } else {
      const buf = readFileSync(srcPath);
      sourceText = buf.toString('utf8');
      const sha = createHash('sha256').update(buf).digest('hex');
      if (sha !== meta.source.sha256) issues.push({ file, field: 'frontmatter.source.sha256', message: `does not match content/sources/${meta.source.file} (actual ${sha}); the source must stay verbatim: restore the file from ../shared/seeds, or record the right hash` });
    }
    meta.source.furniture.forEach((re, i) => {
      try { new RegExp(re); } catch (e) { issues.push({ file, field: `frontmatter.source.furniture[${i}]`, message: `not a valid JavaScript regex: ${(e as Error).message}` }); }
    });
    docs.push({ slug, file, meta, parsed, sourceText });
  }
  return docs;
}
