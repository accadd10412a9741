/**
 * Checks the built site (issue #12): links and anchors, valid HTML, page metadata, CSP conformance,
 * the document-page JavaScript budget and the sitemap. Usage: check-site.ts [dist] [--only links,html].
 * Prints one line per check and every problem with its fix; exits 1 on any problem.
 */
import { loadBuiltSite } from '../src/lib/checks/site/load.ts';
import { runSiteChecks } from '../src/lib/checks/site/index.ts';
import { SITE_URL } from '../src/lib/site-config.ts';

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1].split(',') : [];
const dist = args[0] ?? process.env.CDS_OUT_DIR ?? 'dist';
const started = performance.now();
const reports = runSiteChecks(loadBuiltSite(dist, new URL(SITE_URL).origin), only);
let failed = 0;
for (const r of reports) {
  console.log(`${r.problems.length ? '✗' : '✓'} ${r.check}: ${r.checked} checked, ${r.problems.length} problem(s)`);
  for (const p of r.problems.slice(0, 40)) console.error(`  ✗ ${p.page} — ${p.message}; fix: ${p.fix}`);
  if (r.problems.length > 40) console.error(`  … and ${r.problems.length - 40} more`);
  failed += r.problems.length;
}
console.log(`site checks: ${failed} problem(s) in ${Math.round(performance.now() - started)} ms`);
process.exit(failed ? 1 : 0);
