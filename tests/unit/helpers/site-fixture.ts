/** Builds a throw-away project root with the real vocabularies and one fixture document. */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureRestored, fixtureSource } from './fidelity-fixture.ts';

export const projectRoot = new URL('../../../', import.meta.url).pathname;

export function sourceSha(): string {
  return createHash('sha256').update(fixtureSource).digest('hex');
}

/** A valid fixture document (frontmatter hash matches the fixture source). */
export function validDocument(): string {
  return fixtureRestored.replace(/sha256: "0+"/, `sha256: "${sourceSha()}"`);
}

/** Writes a site root whose only document is `documents[name]`, after applying the edits. */
export function makeSite(documents: Record<string, string> = { 'thu-ke-hoach-12-2023.mdx': validDocument() }): string {
  const root = mkdtempSync(join(tmpdir(), 'cds-fixture-'));
  cpSync(join(projectRoot, 'content/vocab'), join(root, 'content/vocab'), { recursive: true });
  mkdirSync(join(root, 'content/sources'), { recursive: true });
  writeFileSync(join(root, 'content/sources/fixture.txt'), fixtureSource);
  mkdirSync(join(root, 'content/documents'), { recursive: true });
  for (const [name, text] of Object.entries(documents)) writeFileSync(join(root, 'content/documents', name), text);
  return root;
}
