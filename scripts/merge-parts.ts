/**
 * Joins a long document restored in parts (content/parts/<slug>/N-*.mdx, the first with
 * the frontmatter) into one MDX file, adding the reviewed source entries each part lists in
 * N-*.source.yaml (noise, readings, furnitureRanges) to the frontmatter (src/lib/document/parts.ts).
 * The content check fails when a published document and its merged parts differ.
 * Usage: node scripts/merge-parts.ts <slug> [outDir=content/documents]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeParts } from '../src/lib/document/parts.ts';
import { readParts } from '../src/lib/content/parts.ts';

const [slug, outDir = 'content/documents'] = process.argv.slice(2);
if (!slug) {
  console.error('usage: node scripts/merge-parts.ts <slug> [outDir]');
  process.exit(2);
}
const parts = readParts('.', slug);
writeFileSync(join(outDir, `${slug}.mdx`), mergeParts(parts));
console.log(`wrote ${join(outDir, `${slug}.mdx`)} from ${parts.length} parts`);
