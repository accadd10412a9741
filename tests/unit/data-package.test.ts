import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { getContent } from '../../src/lib/content/index.ts';
import { dataPackage, tableCsv, tableDefinitions } from '../../src/lib/data/package.ts';
import { parseCsv, validatePackage } from '../../src/lib/data/table-schema.ts';
import { resultRows, targetRows, toCsv, RESULT_COLUMNS, TARGET_COLUMNS } from '../../src/lib/data/dataset.ts';
import { dataPackageSchema } from '../../src/schemas/data-package.ts';

const site = new URL('https://example.test');
const content = getContent();
const pkg = dataPackage(content, site);
const csvs = Object.fromEntries(tableDefinitions(content).map((d) => [`${d.name}.csv`, tableCsv(d, content, site)]));

describe('the data package', () => {
  it('describes every CSV the site publishes', () => {
    // Fixed endpoints (targets.csv.ts …); the dynamic [table].csv.ts serves tables of the package itself.
    const endpoints = readdirSync('src/pages/data')
      .filter((f) => f.endsWith('.csv.ts') && !f.startsWith('['))
      .map((f) => f.replace(/\.ts$/, ''));
    expect(endpoints.filter((f) => !pkg.resources.some((r) => r.path === f))).toEqual([]);
  });
  it('is a valid descriptor with primary and foreign keys between targets, results, indicators and documents', () => {
    expect(dataPackageSchema.safeParse(pkg).success).toBe(true);
    const fk = (res: string) => pkg.resources.find((r) => r.name === res)!.schema.foreignKeys.map((k) => `${k.fields[0]}→${k.reference.resource}`);
    expect(fk('targets')).toEqual(expect.arrayContaining(['document→documents', 'indicator→indicators']));
    expect(fk('results')).toEqual(expect.arrayContaining(['target→targets', 'document→documents', 'indicator→indicators']));
  });
  it('validates every published CSV against its schema', () => {
    expect(validatePackage(pkg, csvs)).toEqual([]);
  });
  it('describes the same bytes the target and result endpoints serve', () => {
    expect(csvs['targets.csv']).toBe(
      toCsv(
        targetRows(content).map((r) => ({ ...r, url: new URL(r.url, site).href })),
        [...TARGET_COLUMNS],
      ),
    );
    expect(csvs['results.csv']).toBe(
      toCsv(
        resultRows(content).map((r) => ({ ...r, url: new URL(r.url, site).href })),
        [...RESULT_COLUMNS],
      ),
    );
  });
});

describe('the CSV validator', () => {
  const targets = pkg.resources.find((r) => r.name === 'targets')!;
  const broken = (edit: (csv: string) => string) => validatePackage(pkg, { ...csvs, 'targets.csv': edit(csvs['targets.csv']!) });
  it('reads quoted cells with commas, quotes and line breaks', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, ""y""","1\n2"\r\n')).toEqual([
      ['a', 'b'],
      ['x, "y"', '1\n2'],
    ]);
  });
  it('reports a value outside an enumeration, naming row and column', () => {
    const problems = broken((csv) => csv.replace(',percent,', ',percentage,'));
    expect(problems).toContainEqual(expect.objectContaining({ table: 'targets', field: 'unit', message: expect.stringContaining('"percentage"') }));
  });
  it('reports a number with a comma decimal separator', () => {
    const lines = csvs['targets.csv']!.split('\r\n');
    const header = parseCsv(lines[0]!)[0]!;
    const row = parseCsv(lines[1]!)[0]!;
    row[header.indexOf('value')] = '11,5';
    const csv = [lines[0], row.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','), ...lines.slice(2)].join('\r\n');
    expect(validatePackage(pkg, { ...csvs, 'targets.csv': csv })).toContainEqual(expect.objectContaining({ row: 1, field: 'value' }));
  });
  it('reports a foreign key that points nowhere', () => {
    const first = targetRows(content)[0]!;
    const problems = broken((csv) => csv.replace(`,${first.document},`, ',no-such-document,'));
    expect(problems).toContainEqual(expect.objectContaining({ table: 'targets', field: 'document', message: expect.stringContaining('no-such-document') }));
  });
  it('reports a repeated primary key', () => {
    const lines = csvs['targets.csv']!.split('\r\n');
    expect(
      validatePackage(pkg, { ...csvs, 'targets.csv': [...lines.slice(0, 2), lines[1], ...lines.slice(2)].join('\r\n') }).some(
        (p) => p.message.includes('repeats') || p.message.includes('not unique'),
      ),
    ).toBe(true);
    expect(targets.schema.primaryKey).toEqual(['id']);
  });
});

describe('the dataset ZIP', () => {
  it('has the same bytes for the same files and date, whatever the order they come in', async () => {
    const { datasetZip } = await import('../../src/lib/data/zip.ts');
    const a = datasetZip({ 'b.csv': 'x', 'a.csv': 'y' }, '2026-11-22');
    const b = datasetZip({ 'a.csv': 'y', 'b.csv': 'x' }, '2026-11-22');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const { unzipSync, strFromU8 } = await import('fflate');
    expect(strFromU8(unzipSync(a)['b.csv']!)).toBe('x');
  });
});
