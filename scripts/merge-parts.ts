/**
 * Joins a long document restored in parts (content/parts/<slug>/N-*.mdx, the first with
 * the frontmatter) into one MDX file, adding the reviewed source entries each part lists in
 * N-*.source.yaml (noise, readings, furnitureRanges) to the frontmatter.
 * Usage: node scripts/merge-parts.ts <slug> [outDir=content/documents]
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { splitFrontmatter } from '../src/lib/document/parse.ts';

const [slug, outDir = 'content/documents'] = process.argv.slice(2);
if (!slug) {
  console.error('usage: node scripts/merge-parts.ts <slug> [outDir]');
  process.exit(2);
}
const dir = join('content/parts', slug);
const parts = readdirSync(dir)
  .filter((f) => /^\d+-.*\.mdx$/.test(f))
  .sort();
const first = splitFrontmatter(readFileSync(join(dir, parts[0]), 'utf8'));
const fm = parseYaml(first.yaml);
for (const f of parts) {
  const extra = join(dir, f.replace(/\.mdx$/, '.source.yaml'));
  if (!existsSync(extra)) continue;
  const add = parseYaml(readFileSync(extra, 'utf8')) ?? {};
  for (const key of ['noise', 'readings', 'furnitureRanges', 'furniture'] as const) {
    if (add[key]) fm.source[key] = [...(fm.source[key] ?? []), ...add[key]];
  }
}
const bodies = [first.body, ...parts.slice(1).map((f) => readFileSync(join(dir, f), 'utf8'))];
const out = `---\n${stringify(fm, { lineWidth: 0 })}---\n${bodies.map((b) => b.replace(/^\n+|\n+$/g, '')).join('\n\n')}\n`;
writeFileSync(join(outDir, `${slug}.mdx`), out.normalize('NFC'));
console.log(`wrote ${join(outDir, `${slug}.mdx`)} from ${parts.length} parts`);
