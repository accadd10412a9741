/**
 * Prints, document by document, every target and result record with its sentence, tags,
 * indicator and verdicts, then the records that break the pillar rule, for a one-pass audit.
 * Usage: node scripts/review-records.ts [document-slug] > review.txt
 */
import { getContent } from '../src/lib/content/index.ts';
import { pillarRuleViolations, reviewReport } from '../src/lib/data/review.ts';
import { formatIssues } from '../src/lib/content/issues.ts';
import { resultRows, targetRows } from '../src/lib/data/dataset.ts';

const content = getContent();
const only = process.argv[2];
const shown = only ? { ...content, documents: content.documents.filter((d) => d.slug === only) } : content;
if (only && !shown.documents.length) {
  console.error(`no document "${only}"; slugs: ${content.documents.map((d) => d.slug).join(', ')}`);
  process.exit(2);
}
console.log(reviewReport(shown));
const violations = pillarRuleViolations(content, [...targetRows(content), ...resultRows(content)]);
console.log(`\nQuy tắc trụ cột: ${violations.length} bản ghi vi phạm${violations.length ? `\n${formatIssues(violations)}` : ''}`);
