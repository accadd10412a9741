/**
 * Fidelity check over every restored document: prints a precise report and exits 1
 * when any document falls below the thresholds (src/lib/fidelity/thresholds.ts).
 * Usage: node scripts/check-fidelity.ts [slug ...] [--json out.json] [--verbose]
 */
import { writeFileSync } from 'node:fs';
import { loadContent } from '../src/lib/content/index.ts';
import { contentRoot } from '../src/lib/content/paths.ts';
import { ContentError } from '../src/lib/content/issues.ts';
import { checkFidelity } from '../src/lib/fidelity/check.ts';

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonOut = jsonAt >= 0 ? args[jsonAt + 1] : null;
const verbose = args.includes('--verbose');
const slugs = args.filter((a, i) => !a.startsWith('--') && (jsonAt < 0 || i !== jsonAt + 1));
const loaded = loadContent(contentRoot(), { skipData: true });
if (loaded.issues.length) throw new ContentError(loaded.issues);
const docs = loaded.content.documents.filter((d) => !slugs.length || slugs.includes(d.slug));
let failed = 0;
const reports = docs.map((d) => {
  const r = checkFidelity(d);
  r.uncertainReadings = d.parsed.uncertain.length;
  const status = r.passed ? 'PASS' : 'FAIL';
  console.log(
    `${status} ${d.slug}: coverage ${(r.coverage * 100).toFixed(2)}% (${r.matchedSourceTokens}/${r.sourceTokens} source words, ${r.furnitureLines} furniture lines), inserted words ${r.insertedTokens}, numbers ${r.numbers.source}→${r.numbers.restored} with ${r.numbers.differences} difference(s), ${r.uncertainReadings} uncertain reading(s)`,
  );
  if (!r.passed || verbose) {
    for (const f of r.failures) console.log(`  ✗ ${f}`);
    for (const d2 of r.differences.slice(0, verbose ? 1000 : 40)) {
      const where = d2.sourceLines ? `source lines ${d2.sourceLines[0]}–${d2.sourceLines[1]}` : `${d.file}:${d2.line} (#${d2.anchor})`;
      console.log(`    ${d2.kind.padEnd(15)} ${where}: ${d2.text.slice(0, 160)}`);
    }
    if (!verbose && r.differences.length > 40) console.log(`    … ${r.differences.length - 40} more (use --verbose)`);
  }
  if (!r.passed) failed++;
  return r;
});
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(reports, null, 2));
console.log(`${reports.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
