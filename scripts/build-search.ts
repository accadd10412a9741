/**
 * Builds the Pagefind index (issue #11): every document page (sub-results per heading) plus one
 * record per target and result, linking to its marked sentence, with filters in Vietnamese (NFC).
 * Runs after `astro build`; writes <dist>/pagefind/ (argument, else CDS_OUT_DIR, else dist).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { getContent } from '../src/lib/content/index.ts';
import { resultRows, targetRows } from '../src/lib/data/dataset.ts';
import { searchContent, searchFilters, targetSearchTitle } from '../src/lib/search/records.ts';
import { withDVariants, withDVariantsInHtml } from '../src/lib/search/d-variants.ts';
import { outDir } from '../src/lib/content/paths.ts';

const DIST = process.argv[2] ?? outDir();

const started = performance.now();
const content = getContent();
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
// Pages are handed to Pagefind with đ-variant tokens added to their text (see d-variants.ts);
// the files served from dist/ are not changed. Sorted, so the index is the same on every build.
const htmlFiles = (readdirSync(DIST, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
// Only pages that mark their indexable part (data-pagefind-body) are indexed; Pagefind would parse
// and drop the others, so they are not handed over at all.
let pageCount = 0;
for (const file of htmlFiles) {
  const html = readFileSync(join(DIST, file), 'utf8');
  if (!html.includes('data-pagefind-body')) continue;
  const res = await index.addHTMLFile({ sourcePath: relative(DIST, join(DIST, file)), content: withDVariantsInHtml(html) });
  if (res.errors.length) throw new Error(`pagefind ${file}: ${res.errors.join('; ')}`);
  pageCount++;
}
// One search record per marked sentence (several data records can share one anchor, and Pagefind
// keys records by URL): the sentence as restored, plus the indicators, place and document.
let records = 0;
const rows = [...targetRows(content).map((r) => ({ ...r, kind: 'target' as const })), ...resultRows(content).map((r) => ({ ...r, kind: 'result' as const }))];
const byUrl = new Map<string, typeof rows>();
for (const r of rows) byUrl.set(r.url, [...(byUrl.get(r.url) ?? []), r]);
const markText = new Map(content.documents.flatMap((d) => d.parsed.marks.map((m) => [m.id, m.text] as const)));
for (const group of byUrl.values()) {
  const first = group[0];
  const res = await index.addCustomRecord({
    url: first.url,
    content: withDVariants(searchContent(content, group, markText.get(first.anchor) ?? first.text)),
    language: 'vi',
    meta: { title: targetSearchTitle(content, first), kind: first.kind === 'target' ? 'Chỉ tiêu' : 'Kết quả' },
    filters: searchFilters(content, group),
  });
  if (res.errors.length) throw new Error(`pagefind record ${first.anchor}: ${res.errors.join('; ')}`);
  records++;
}
const written = await index.writeFiles({ outputPath: join(DIST, 'pagefind') });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`search index: ${pageCount} indexed pages of ${htmlFiles.length} HTML files, ${records} marked sentences (${rows.length} target/result records), ${Math.round(performance.now() - started)} ms`);
