/** File-tree hashing and comparison for the reproducible-build check. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** sha256 of every file under dir, by path relative to dir. */
export function hashTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rel of (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort()) {
    out.set(
      rel,
      createHash('sha256')
        .update(readFileSync(join(dir, rel)))
        .digest('hex'),
    );
  }
  return out;
}

/** Differences between two trees: files only in one, or with different contents. Sorted. */
export function compareTrees(a: Map<string, string>, b: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [f, h] of a) {
    if (!b.has(f)) out.push(`${f}: only in the first build`);
    else if (b.get(f) !== h) out.push(`${f}: contents differ`);
  }
  for (const f of b.keys()) if (!a.has(f)) out.push(`${f}: only in the second build`);
  return out.sort();
}
