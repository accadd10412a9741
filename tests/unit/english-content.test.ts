import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content/index.ts';
import { stringTableIssues, t } from '../../src/i18n/index.ts';

/** A copy of the real content whose English files a test may break. */
function contentWith(edit: (root: string) => void) {
  const root = mkdtempSync(join(tmpdir(), 'cds-en-'));
  cpSync('content', join(root, 'content'), { recursive: true });
  edit(root);
  try {
    return loadContent(root).issues;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

// Each case loads and checks a full copy of the content (seconds on a busy machine).
describe('the English vocabulary and abstracts', { timeout: 60_000 }, () => {
  it('cover every id of the real content', () => {
    expect(contentWith(() => {})).toEqual([]);
  });
  it('fail the build when a pillar has no English entry', () => {
    const issues = contentWith((root) => {
      const f = join(root, 'content/vocab/en.yaml');
      writeFileSync(f, readFileSync(f, 'utf8').replace(/ {2}- id: kinh-te-so\n {4}name: Digital economy\n {4}description: [^\n]*\n/, ''));
    });
    expect(issues).toContainEqual(
      expect.objectContaining({ file: 'content/vocab/en.yaml', field: 'pillars', message: expect.stringContaining('"kinh-te-so"') }),
    );
  });
  it('fail the build when an indicator loses a comparability note', () => {
    const issues = contentWith((root) => {
      const f = join(root, 'content/vocab/en.yaml');
      writeFileSync(
        f,
        readFileSync(f, 'utf8')
          .replace('      - Provincial cities are not ranked in the provincial DTI.\n', '')
          .replace(/(name: Provincial digital transformation index \(DTI\) rank\n[^\n]*\n) {4}comparability:\n/, '$1    comparability: []\n'),
      );
    });
    expect(issues.some((i) => i.field === 'indicators[0].comparability')).toBe(true);
  });
  it('fail the build when a document has no English abstract', () => {
    const issues = contentWith((root) => rmSync(join(root, 'content/abstracts/en/tra-vinh-nghi-quyet-09-nq-tu-2022.md')));
    expect(issues).toContainEqual(expect.objectContaining({ file: 'content/abstracts/en/tra-vinh-nghi-quyet-09-nq-tu-2022.md' }));
  });
});

describe('the interface string tables', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(stringTableIssues()).toEqual([]);
  });
  it('report a key missing in either language, naming the file', () => {
    const issues = stringTableIssues({ vi: { a: 'A', b: 'B' }, en: { a: 'A', c: 'C' } });
    expect(issues).toContainEqual(expect.objectContaining({ file: 'src/i18n/en.ts', field: 'b' }));
    expect(issues).toContainEqual(expect.objectContaining({ file: 'src/i18n/vi.ts', field: 'c' }));
  });
  it('report placeholders that differ between languages', () => {
    expect(stringTableIssues({ vi: { a: 'Xin {ten}' }, en: { a: 'Hello {name}' } })).toHaveLength(1);
  });
  it('fill placeholders and refuse a missing value', () => {
    expect(t('en', 'target.recordTitle', { id: 'x-1' })).toBe('Target x-1');
    expect(() => t('en', 'target.recordTitle')).toThrow(/\{id\}/);
  });
});
