/** Reads the documents restored in parts (content/parts/<slug>/) and checks each against its published file. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { firstDifferentLine, mergeParts, type DocumentPart } from '../document/parts.ts';
import type { ContentIssue } from './issues.ts';

export const PARTS_DIR = 'content/parts';

/** The parts of `slug`, in order, with their source entries. */
export function readParts(root: string, slug: string): DocumentPart[] {
  const dir = resolve(root, PARTS_DIR, slug);
  return readdirSync(dir)
    .filter((f) => /^\d+-.*\.mdx$/.test(f))
    .sort()
    .map((name) => {
      const extra = join(dir, name.replace(/\.mdx$/, '.source.yaml'));
      return { name, text: readFileSync(join(dir, name), 'utf8'), ...(existsSync(extra) && { sourceYaml: readFileSync(extra, 'utf8') }) };
    });
}

/**
 * A document restored in parts is published as its merged parts: an edit made to only one of the two
 * would be lost (or come back) at the next merge.
 */
export function partsIssues(root: string, documentsDir: string): ContentIssue[] {
  const partsRoot = resolve(root, PARTS_DIR);
  if (!existsSync(partsRoot)) return [];
  const issues: ContentIssue[] = [];
  for (const slug of readdirSync(partsRoot).sort()) {
    if (!statSync(resolve(partsRoot, slug)).isDirectory()) continue;
    const parts = readParts(root, slug);
    const published = `${documentsDir}/${slug}.mdx`;
    if (!parts.length) continue;
    if (!existsSync(resolve(root, published))) {
      issues.push({ file: `${PARTS_DIR}/${slug}/`, field: '(parts)', message: `no ${published} to publish these parts; run node scripts/merge-parts.ts ${slug}` });
      continue;
    }
    let merged: string;
    try {
      merged = mergeParts(parts);
    } catch (e) {
      issues.push({
        file: `${PARTS_DIR}/${slug}/`,
        field: '(parts)',
        message: `the parts do not merge: ${(e as Error).message}; fix the first part's frontmatter or the N-*.source.yaml files (valid YAML)`,
      });
      continue;
    }
    const diff = firstDifferentLine(merged, readFileSync(resolve(root, published), 'utf8'));
    if (diff)
      issues.push({
        file: `${published}:${diff.line}`,
        field: '(parts)',
        message: `differs from its merged parts in ${PARTS_DIR}/${slug}/ (parts: "${diff.a.slice(0, 80)}", published: "${diff.b.slice(0, 80)}"); make the change in the part, then run node scripts/merge-parts.ts ${slug}`,
      });
  }
  return issues;
}
