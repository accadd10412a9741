/**
 * CI-able Lighthouse subset (issue #12 item 3): accessibility, best practices and SEO on the six
 * page types of a built dist, served locally; exits 1 if any score is below 100, naming the audit
 * and the elements at fault. Usage: node scripts/check-lighthouse.ts [--dist dist]
 */
import { parseArgs } from 'node:util';
import { serveDist } from '../tools/bench/server.ts';
import { runLighthouse, type Category } from '../tools/bench/lighthouse.ts';
import { pageTargets } from '../tools/bench/pages.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = values.dist!;
const categories: Category[] = ['accessibility', 'best-practices', 'seo'];
const server = await serveDist(dist);
let failed = 0;
try {
  const targets = pageTargets(dist);
  const byUrl = new Map(targets.map((t) => [`${server.origin}${t.path}`, t]));
  await runLighthouse([...byUrl.keys()], categories, (url, r) => {
    const t = byUrl.get(url)!;
    const scores = [
      ['accessibility', r.accessibility],
      ['best practices', r.bestPractices],
      ['SEO', r.seo],
    ] as const;
    const bad = scores.filter(([, s]) => s !== 100);
    console.log(`${bad.length ? '✗' : '✓'} ${t.type.padEnd(10)} ${t.path.padEnd(52)} ${scores.map(([n, s]) => `${n} ${s}`).join(', ')}`);
    for (const a of r.failedAudits) {
      console.log(`    ${a.category} · ${a.id} (${a.title})${a.displayValue ? `: ${a.displayValue}` : ''}`);
      for (const item of a.items) console.log(`      - ${item}`);
    }
    if (bad.length) failed++;
  });
} finally {
  await server.close();
}
console.log(failed ? `lighthouse: ${failed} page type(s) below 100` : 'lighthouse: accessibility, best practices and SEO are 100 on every page type');
process.exit(failed ? 1 : 0);
