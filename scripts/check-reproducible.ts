/**
 * Reproducible build check (issue #12): builds the working tree a second time in another directory
 * and compares every file with dist/ (from the build that ran before). Any difference, including an
 * absolute path leaking into the output, fails with the list of files that differ.
 * Usage: check-reproducible.ts [dist]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { compareTrees, hashTree } from '../src/lib/checks/reproducible.ts';
import { buildEpochSeconds } from '../src/lib/build-date.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const started = performance.now();
const first = hashTree(dist);
const copy = mkdtempSync(join(tmpdir(), 'cds-rebuild-'));
try {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const f of files) {
    mkdirSync(dirname(join(copy, f)), { recursive: true });
    try {
      cpSync(f, join(copy, f));
    } catch {
      /* deleted in the working tree */
    }
  }
  symlinkSync(resolve('node_modules'), join(copy, 'node_modules'), 'dir');
  // The copy builds the real content into its own dist/, whatever this shell points at.
  const env = { ...process.env };
  delete env.CDS_OUT_DIR;
  delete env.CDS_CONTENT_ROOT;
  // The copy has no .git: hand it the build date this checkout's build used (citations' access date, ZIP times).
  env.SOURCE_DATE_EPOCH ??= String(buildEpochSeconds());
  const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: copy, encoding: 'utf8', env });
  if (build.status !== 0) {
    console.error(build.stdout + build.stderr);
    throw new Error('second build failed');
  }
  const diff = compareTrees(first, hashTree(join(copy, 'dist')));
  for (const d of diff.slice(0, 40)) console.error(`✗ ${d}`);
  console.log(`reproducible build: ${first.size} files compared, ${diff.length} differ (${Math.round(performance.now() - started)} ms)`);
  process.exitCode = diff.length ? 1 : 0;
} finally {
  rmSync(copy, { recursive: true, force: true });
}
