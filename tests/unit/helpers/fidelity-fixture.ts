import { readFileSync } from 'node:fs';
import { parseDocument } from '../../../src/lib/document/parse.ts';
import { documentSchema } from '../../../src/schemas/document.ts';
import { checkFidelity } from '../../../src/lib/fidelity/check.ts';

const dir = new URL('../../fixtures/fidelity/', import.meta.url);
export const fixtureSource = readFileSync(new URL('source.txt', dir), 'utf8');
export const fixtureRestored = readFileSync(new URL('restored.mdx', dir), 'utf8');

/** Runs the fidelity checker on the fixture, after an optional edit of the restored MDX. */
export function fidelityOf(edit: (mdx: string) => string = (s) => s) {
  const parsed = parseDocument(edit(fixtureRestored));
  const meta = documentSchema.parse(parsed.frontmatter);
  return checkFidelity({ slug: 'fixture', meta, parsed, sourceText: fixtureSource });
}
