/**
 * Builds the Pagefind index (issues #11, #19), all as custom records with their own URLs:
 * - one record per passage of a document (paragraph, list item, table row with its column names,
 *   footnote), linking to the passage's id on the page (src/lib/markdown/passage-ids.mjs);
 * - one record per marked sentence (target or result);
 * - one record per section (its heading and its own passages), for words spread over a section;
 * - one record per document (type, number, title, issuer, locality), for title and số hiệu.
 * A hidden filter (TIER_FILTER) lets the search page rank passages, then sections, then documents.
 * Passages are read from the built pages, so every record's anchor exists and holds its text.
 * Runs after `astro build`; writes <dist>/pagefind/ (argument, else CDS_OUT_DIR, else dist).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { getContent } from '../src/lib/content/index.ts';
import { modelOf } from '../src/lib/content/model.ts';
import { resultRows, targetRows } from '../src/lib/data/dataset.ts';
import { KINDS, TIER_FILTER, TIERS, documentFilters, searchContent, searchFilters, targetSearchTitle } from '../src/lib/search/records.ts';
import { withIndexVariants } from '../src/lib/search/d-variants.ts';
import { documentBody, extractPassages } from '../src/lib/search/passages.ts';
import { englishPages, englishPageText } from '../src/lib/search/english-pages.ts';
import { urls } from '../src/lib/urls.ts';
import { englishPath } from '../src/i18n/routes.ts';
import { outDir } from '../src/lib/content/paths.ts';

const DIST = process.argv[2] ?? outDir();

const started = performance.now();
const content = getContent();
const model = modelOf(content);
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);

async function add(record: { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }, what: string) {
  // Text handed to Pagefind carries index-only variant tokens (đ as d, numbers without separators).
  const res = await index!.addCustomRecord({ ...record, content: withIndexVariants(record.content), language: 'vi' });
  if (res.errors.length) throw new Error(`pagefind record ${what}: ${res.errors.join('; ')}`);
}

const counts = { passages: 0, sections: 0, documents: 0, sentences: 0, english: 0 };
for (const doc of [...content.documents].sort((a, b) => a.slug.localeCompare(b.slug))) {
  const file = join(DIST, 'van-ban', doc.slug, 'index.html');
  const passages = extractPassages(documentBody(readFileSync(file, 'utf8')));
  if (!passages.length)
    throw new Error(
      `${file}: no passages found in the document body (class="doc-body"); was the page layout changed? Passages need ids from src/lib/markdown/passage-ids.mjs.`,
    );
  const locality = model.locality(doc.meta.locality);
  const label = model.documentLabel(doc);
  const docTitle = model.documentLabelWithLocality(doc);
  const bySection = new Map<string, { heading: string; path: string; texts: string[] }>();
  for (const p of passages) {
    const section = p.headings.at(-1);
    const path = p.headings.map((h) => h.text).join(' › ');
    await add(
      {
        url: urls.document(doc.slug, p.id),
        // The locality ends every passage, so "thu gom rac dong thap" finds the passage itself.
        content: `${p.text} (${locality.name})`,
        meta: { title: docTitle, section: path, kind: KINDS.passage },
        filters: documentFilters(content, doc, section?.id ?? null, KINDS.passage, TIERS.passage),
      },
      `${doc.slug}#${p.id}`,
    );
    counts.passages++;
    if (section) {
      const s = bySection.get(section.id) ?? { heading: section.text, path, texts: [] };
      s.texts.push(p.text);
      bySection.set(section.id, s);
    }
  }
  for (const [id, s] of bySection) {
    await add(
      {
        url: urls.document(doc.slug, id),
        content: `${s.heading}. ${s.texts.join(' ')} (${locality.name})`,
        meta: { title: docTitle, section: s.path, kind: KINDS.section },
        filters: documentFilters(content, doc, id, KINDS.section, TIERS.section),
      },
      `${doc.slug}#${id}`,
    );
    counts.sections++;
  }
  const m = doc.meta;
  await add(
    {
      url: urls.document(doc.slug),
      content: [`${label}: ${m.title}`, m.issuer, locality.name, m.issuedDate ?? ''].filter(Boolean).join('. '),
      meta: { title: `${docTitle}: ${m.title}`, kind: KINDS.document },
      filters: documentFilters(content, doc, null, KINDS.document, TIERS.document),
    },
    doc.slug,
  );
  counts.documents++;
}

// One search record per marked sentence (several data records can share one anchor, and Pagefind
// keys records by URL): the sentence as restored, plus the indicators, place and document.
const rows = [...targetRows(content).map((r) => ({ ...r, kind: 'target' as const })), ...resultRows(content).map((r) => ({ ...r, kind: 'result' as const }))];
const byUrl = new Map<string, typeof rows>();
for (const r of rows) byUrl.set(r.url, [...(byUrl.get(r.url) ?? []), r]);
const markText = new Map(content.documents.flatMap((d) => d.parsed.marks.map((m) => [m.id, m.text] as const)));
// The section path of each marked sentence, shown with it like a passage's.
const markSection = new Map(
  content.documents.flatMap((d) => {
    const text = new Map(d.parsed.headings.map((h) => [h.id, h.text]));
    const path = new Map(d.parsed.sections.map((sec) => [sec.heading.id, [...sec.path, sec.heading.id].map((id) => text.get(id) ?? id).join(' › ')]));
    return d.parsed.marks.map((m) => [m.id, m.sectionId ? (path.get(m.sectionId) ?? '') : ''] as const);
  }),
);
for (const group of byUrl.values()) {
  const first = group[0];
  await add(
    {
      url: first.url,
      content: searchContent(content, group, markText.get(first.anchor) ?? first.text),
      meta: {
        title: targetSearchTitle(content, first),
        kind: first.kind === 'target' ? KINDS.target : KINDS.result,
        section: markSection.get(first.anchor) ?? '',
      },
      filters: searchFilters(content, group),
    },
    first.anchor,
  );
  counts.sentences++;
}
// The English edition's pages, found by their English title and description (the English search
// page searches them after the Vietnamese records; the Vietnamese one never). One index: every
// record is added with language 'vi', so both search pages load it (Pagefind falls back to its
// only language index whatever the page's <html lang>).
for (const path of englishPages(join(DIST, 'en'))) {
  const html = readFileSync(join(DIST, 'en', path, 'index.html'), 'utf8');
  const text = englishPageText(html);
  if (!text) continue;
  await add(
    { url: englishPath(`/${path}`), content: text.content, meta: { title: text.title, kind: KINDS.english }, filters: { [TIER_FILTER]: [TIERS.english] } },
    englishPath(`/${path}`),
  );
  counts.english++;
}
const written = await index.writeFiles({ outputPath: join(DIST, dirname(urls.searchIndexScript())) });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(
  `search index: ${counts.passages} passages, ${counts.sections} sections, ${counts.documents} documents, ${counts.sentences} marked sentences (${rows.length} target/result records), ${counts.english} English pages, ${Math.round(performance.now() - started)} ms`,
);
