/**
 * Checks all content (schemas, vocabularies, references, NFC, ids, source hashes)
 * and prints one line per problem naming the file, the field and the fix.
 */
import { loadContent } from '../src/lib/content/index.ts';
import { contentRoot } from '../src/lib/content/paths.ts';
import { formatIssues } from '../src/lib/content/issues.ts';
import { resultRows, targetRows } from '../src/lib/data/dataset.ts';
import { PILLAR_RULE_ENFORCED, pillarRuleViolations } from '../src/lib/data/review.ts';

const { content, issues } = loadContent(contentRoot());
if (issues.length) {
  console.error(formatIssues(issues));
  console.error(`\n${issues.length} content problem(s).`);
  process.exit(1);
}
const marks = content.documents.flatMap((d) => d.parsed.marks);
if (!PILLAR_RULE_ENFORCED) {
  const pending = pillarRuleViolations(content, [...targetRows(content), ...resultRows(content)]);
  if (pending.length)
    console.warn(
      `${formatIssues(pending)}\n⚠ ${pending.length} record(s) break the pillar rule (not yet enforced, issue #17: the tag review fixes them, then PILLAR_RULE_ENFORCED in src/lib/data/review.ts turns on).`,
    );
}
console.log(
  `content ok: ${content.documents.length} documents, ${content.localities.length} localities, ${content.pillars.length} pillars, ${content.sectors.length} sectors, ${marks.length} marked figures`,
);
