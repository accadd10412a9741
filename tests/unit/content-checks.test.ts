import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/index.ts';
import { makeSite, validDocument } from './helpers/site-fixture.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadYamlList } from '../../src/lib/content/yaml.ts';
import { datasetVersionSchema } from '../../src/schemas/changelog.ts';
import type { ContentIssue } from '../../src/lib/content/issues.ts';

const FILE = 'content/documents/thu-ke-hoach-12-2023.mdx';
const issuesFor = (edit: (mdx: string) => string) =>
  loadContent(makeSite({ 'thu-ke-hoach-12-2023.mdx': edit(validDocument()) }), { documentsDir: 'content/documents', skipData: true }).issues;

describe('content checks', () => {
  it('accept a valid document', () => {
    expect(issuesFor((s) => s)).toEqual([]);
  });

  it('reject an unknown pillar, naming the file, line, field and the allowed ids', () => {
    const [issue] = issuesFor((s) => s.replace('pillars="chinh-quyen-so kinh-te-so xa-hoi-so"', 'pillars="chinh-quyen-so kinh-te-so-moi"'));
    expect(issue.file).toMatch(new RegExp(`^${FILE}:\\d+$`));
    expect(issue.field).toBe('<Tags pillars>');
    expect(issue.message).toContain('unknown pillar "kinh-te-so-moi"');
    expect(issue.message).toContain('allowed: chinh-quyen-so, kinh-te-so, xa-hoi-so');
  });

  it('reject a frontmatter field the schema does not know, such as a per-document synthetic flag', () => {
    const [issue] = issuesFor((s) => s.replace('locality: "dong-thap"', 'locality: "dong-thap"\nsynthetic: true'));
    expect(issue).toMatchObject({ file: FILE, field: 'frontmatter' });
    expect(issue.message).toContain('synthetic');
  });

  it('reject an unknown sector', () => {
    const [issue] = issuesFor((s) => s.replace('<Tags pillars="chinh-quyen-so kinh-te-so xa-hoi-so" />', '<Tags sectors="y-te-so" />'));
    expect(issue.field).toBe('<Tags sectors>');
    expect(issue.message).toMatch(/unknown sector "y-te-so"; allowed: y-te, giao-duc/);
  });

  it('reject an unknown locality', () => {
    const [issue] = issuesFor((s) => s.replace('locality: "dong-thap"', 'locality: "tien-giang-moi"'));
    expect(issue).toMatchObject({ file: FILE, field: 'frontmatter.locality' });
    expect(issue.message).toContain('allowed: tra-vinh, tien-giang, ha-tien, dong-thap');
  });

  it('reject a missing required field', () => {
    const [issue] = issuesFor((s) => s.replace(/^issuer: .*\n/m, ''));
    expect(issue).toMatchObject({ file: FILE, field: 'frontmatter.issuer' });
  });

  it('reject text that is not NFC, pointing at the line', () => {
    const [issue] = issuesFor((s) => s.replace('Đẩy mạnh chuyển đổi số', 'Đẩy mạnh chuyển đổi số'.normalize('NFD')));
    expect(issue.file).toMatch(new RegExp(`^${FILE}:\\d+$`));
    expect(issue.message).toContain('not Unicode NFC');
  });

  it.each(['2022-13-26', '2022-02-30', '2023-02-29', '2023-04-31'])(
    'reject an issued date that is not a day of the calendar (%s), showing a right one',
    (day) => {
      const [issue] = issuesFor((s) => s.replace('issuedDate: "2023-03-05"', `issuedDate: "${day}"`));
      expect(issue).toMatchObject({ file: FILE, field: 'frontmatter.issuedDate' });
      expect(issue.message).toContain('not a day of the calendar');
      expect(issue.message).toContain('e.g. "2023-03-31"');
    },
  );

  it('accept 29 February in a leap year', () => {
    expect(issuesFor((s) => s.replace('issuedDate: "2023-03-05"', 'issuedDate: "2024-02-29"'))).toEqual([]);
  });

  it('reject a gazette date that is not a day of the calendar', () => {
    const [issue] = issuesFor((s) => s.replace('gazette: null', 'gazette:\n  name: "Công báo Thử"\n  issue: "Số 12"\n  date: "2023-06-31"'));
    expect(issue).toMatchObject({ file: FILE, field: 'frontmatter.gazette.date' });
    expect(issue.message).toContain('not a day of the calendar');
  });

  it('reject a dataset version dated on a day that does not exist', () => {
    const root = makeSite();
    writeFileSync(join(root, 'content/changelog.yaml'), '- version: "1.0.0"\n  date: "2025-02-29"\n  changes: ["Phát hành."]\n');
    const issues: ContentIssue[] = [];
    loadYamlList(root, 'content/changelog.yaml', datasetVersionSchema, issues);
    expect(issues).toEqual([{ file: 'content/changelog.yaml', field: '[0].date', message: expect.stringContaining('not a day of the calendar') }]);
  });

  it('reject a duplicate target id', () => {
    const issues = issuesFor((s) => s.replace('id="tt12-2023-kinh-te-so-grdp"', 'id="tt12-2023-dvc-toan-trinh"'));
    expect(issues).toHaveLength(1);
    expect(issues[0].field).toBe('<Target id>');
    expect(issues[0].message).toContain('duplicate id "tt12-2023-dvc-toan-trinh"');
  });

  it('reject a source whose sha256 does not match', () => {
    const [issue] = issuesFor((s) => s.replace(/sha256: "[0-9a-f]{64}"/, `sha256: "${'a'.repeat(64)}"`));
    expect(issue).toMatchObject({ file: FILE, field: 'frontmatter.source.sha256' });
    expect(issue.message).toContain('does not match content/sources/fixture.txt');
  });

  it('reject the other tone-mark placement, naming the fix', () => {
    const [issue] = issuesFor((s) => s.replace('Ủy ban nhân dân tỉnh Thử', 'Uỷ ban nhân dân tỉnh Thử'));
    expect(issue.field).toBe('(tone marks)');
    expect(issue.message).toContain('write "Ủy"');
  });
});
