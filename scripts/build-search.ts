/**
 * Builds the Pagefind index (issue #11): every document page (sub-results per heading) plus one
 * record per target and result, linking to its marked sentence, with filters in Vietnamese (NFC).
 * Runs after `astro build`; writes dist/pagefind/.
 */
import * as pagefind from 'pagefind';
import { getContent } from '../src/lib/content/index.ts';
import { resultRows, targetRows } from '../src/lib/data/dataset.ts';
import { searchContent, searchFilters, targetSearchTitle } from '../src/lib/search/records.ts';

const started = performance.now();
const content = getContent();
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
const pages = await index.addDirectory({ path: 'dist' });
if (pages.errors.length) throw new Error(`pagefind: ${pages.errors.join('; ')}`);
let records = 0;
for (const row of [...targetRows(content).map((r) => ({ ...r, kind: 'target' as const })), ...resultRows(content).map((r) => ({ ...r, kind: 'result' as const }))]) {
  const res = await index.addCustomRecord({
    url: row.url,
    // The wording, plus the words a reader may add to find it (indicator, place, document).
    content: searchContent(content, row),
    language: 'vi',
    meta: { title: targetSearchTitle(content, row), kind: row.kind === 'target' ? 'Chỉ tiêu' : 'Kết quả' },
    filters: searchFilters(content, row),
  });
  if (res.errors.length) throw new Error(`pagefind record ${row.id}: ${res.errors.join('; ')}`);
  records++;
}
const written = await index.writeFiles({ outputPath: 'dist/pagefind' });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`search index: ${pages.page_count} pages, ${records} target/result records, ${Math.round(performance.now() - started)} ms`);
