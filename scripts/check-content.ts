/**
 * Checks all content (schemas, vocabularies, references, NFC, ids, source hashes)
 * and prints one line per problem naming the file, the field and the fix.
 */
import { loadContent } from '../src/lib/content/index.ts';
import { contentRoot } from '../src/lib/content/paths.ts';
import { formatIssues } from '../src/lib/content/issues.ts';

const { content, issues } = loadContent(contentRoot());
if (issues.length) {
  console.error(formatIssues(issues));
  console.error(`\n${issues.length} content problem(s).`);
  process.exit(1);
}
const marks = content.documents.flatMap((d) => d.parsed.marks);
console.log(`content ok: ${content.documents.length} documents, ${content.localities.length} localities, ${content.pillars.length} pillars, ${content.sectors.length} sectors, ${marks.length} marked figures`);
