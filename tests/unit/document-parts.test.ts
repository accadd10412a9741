import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content/index.ts';
import { mergeParts } from '../../src/lib/document/parts.ts';
import { makeSite, validDocument } from './helpers/site-fixture.ts';

const SLUG = 'thu-ke-hoach-12-2023';

/** The fixture document cut in two parts at its first "## " heading after the first. */
function partsOf(doc: string): { first: string; second: string } {
  const at = doc.indexOf('\n## ', doc.indexOf('\n## ') + 1);
  return { first: doc.slice(0, at + 1), second: doc.slice(at + 1) };
}

function siteWithParts(published: string, second = partsOf(validDocument()).second): string {
  const root = makeSite({ [`${SLUG}.mdx`]: published });
  const dir = join(root, 'content/parts', SLUG);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '1-body.mdx'), partsOf(validDocument()).first);
  writeFileSync(join(dir, '2-annex.mdx'), second);
  return root;
}
const issuesOf = (root: string) => loadContent(root, { documentsDir: 'content/documents', skipData: true }).issues;

describe('documents restored in parts', () => {
  it('a merged document is its parts in order, with a part’s reviewed source entries in the frontmatter', () => {
    const { first, second } = partsOf(validDocument());
    const merged = mergeParts([
      { name: '2-annex.mdx', text: second, sourceYaml: 'noise:\n  - line: 3\n    why: "Dấu lạ."\n' },
      { name: '1-body.mdx', text: first },
    ]);
    expect(merged.indexOf(first.split('\n---\n')[1].trim().slice(0, 30))).toBeLessThan(merged.indexOf(second.trim().slice(0, 30)));
    expect(merged).toMatch(/noise:\n\s+- line: 3\n\s+why: Dấu lạ\./);
  });

  it('a published document equal to its merged parts passes the content check', () => {
    const { first, second } = partsOf(validDocument());
    const published = mergeParts([
      { name: '1-body.mdx', text: first },
      { name: '2-annex.mdx', text: second },
    ]);
    expect(issuesOf(siteWithParts(published))).toEqual([]);
  });

  it('parts that do not merge (a source.yaml that is no YAML) fail the check with the fix, not with a crash', () => {
    const root = siteWithParts(validDocument());
    writeFileSync(join(root, 'content/parts', SLUG, '2-annex.source.yaml'), 'noise: [unclosed');
    const [issue] = issuesOf(root);
    expect(issue).toMatchObject({ file: `content/parts/${SLUG}/`, field: '(parts)' });
    expect(issue.message).toContain('the parts do not merge');
  });

  it('an edit made to the published document only fails the check, naming the line and the fix', () => {
    const { first, second } = partsOf(validDocument());
    const published = mergeParts([
      { name: '1-body.mdx', text: first },
      { name: '2-annex.mdx', text: second },
    ]);
    const heading = second.split('\n')[0];
    const [issue] = issuesOf(siteWithParts(published.replace(heading, heading.toLowerCase())));
    expect(issue.file).toMatch(new RegExp(`^content/documents/${SLUG}\\.mdx:\\d+$`));
    expect(issue.field).toBe('(parts)');
    expect(issue.message).toContain(`make the change in the part, then run node scripts/merge-parts.ts ${SLUG}`);
  });
});
