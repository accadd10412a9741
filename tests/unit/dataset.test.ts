import { describe, expect, it } from 'vitest';
import { parseFigure, yearFromId } from '../../src/lib/data/parse-target.ts';
import { numbersInText, valueAppearsIn } from '../../src/lib/text/numbers.ts';
import { targetRecordSchema } from '../../src/schemas/target.ts';
import { toCsv } from '../../src/lib/data/dataset.ts';
import { loadContent } from '../../src/lib/content/index.ts';
import { makeSite, validDocument } from './helpers/site-fixture.ts';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

describe('reading target figures', () => {
  it('parses ranges as printed ("80% - 90%")', () => {
    expect(parseFigure('80% - 90% lãnh đạo, cán bộ')).toEqual({ comparator: 'range', value: 80, value_max: 90, unit: 'percent' });
    expect(parseFigure('đạt từ 80%-85%')).toMatchObject({ comparator: 'range', value: 80, value_max: 85 });
  });
  it('reads comparators from the wording', () => {
    expect(parseFigure('Trên 60% dân số')).toMatchObject({ comparator: '>', value: 60 });
    expect(parseFigure('Tối thiểu 30% hồ sơ')).toMatchObject({ comparator: '≥', value: 30 });
    expect(parseFigure('60% dân số trở lên')).toMatchObject({ comparator: '≥', value: 60 });
    expect(parseFigure('nằm trong nhóm 20 tỉnh')).toMatchObject({ comparator: 'rank', value: 20, unit: 'rank' });
    expect(parseFigure('Hoàn thành')).toMatchObject({ comparator: 'qualitative', value: null, unit: null });
  });
  it('handles units: % per year and Vietnamese decimals', () => {
    expect(parseFigure('năng suất lao động tăng bình quân trên 11,5%/năm')).toMatchObject({ comparator: '>', value: 11.5, unit: 'percent-per-year' });
  });
  it('takes the year from the id', () => {
    expect(yearFromId('tv09-2025-kinh-te-so')).toBe(2025);
    expect(yearFromId('tg573-kq-na-thue-bao')).toBeNull();
  });
  it('finds a value in its wording under either separator convention', () => {
    expect(numbersInText('1.057 dịch vụ, 56,89%')).toEqual(expect.arrayContaining([1057, 56.89]));
    expect(valueAppearsIn(6.17, 'đạt 6.17%')).toBe(true);
    expect(valueAppearsIn(70, 'đạt 80%')).toBe(false);
  });
});

describe('target record schema', () => {
  const base = {
    id: 'a-2025-x',
    anchor: 'a-2025-x',
    text: '80% - 90%',
    indicator: null,
    comparator: 'range',
    value: 80,
    value_max: 90,
    unit: 'percent',
    year: 2025,
    level: null,
  };
  it('accepts a range with both bounds', () => expect(targetRecordSchema.safeParse(base).success).toBe(true));
  it('rejects a range without an upper bound, and an upper bound on a non-range', () => {
    expect(targetRecordSchema.safeParse({ ...base, value_max: null }).success).toBe(false);
    expect(targetRecordSchema.safeParse({ ...base, comparator: '≥' }).success).toBe(false);
  });
  it('requires the rank unit for rank targets and no figure only for qualitative ones', () => {
    expect(targetRecordSchema.safeParse({ ...base, comparator: 'rank', value_max: null }).success).toBe(false);
    expect(targetRecordSchema.safeParse({ ...base, comparator: '=', value: null, value_max: null }).success).toBe(false);
  });
});

describe('dataset anchor checks', () => {
  const siteWith = (records: string) => {
    const root = makeSite({ 'thu-ke-hoach-12-2023.mdx': validDocument() });
    mkdirSync(join(root, 'content/data/targets'), { recursive: true });
    writeFileSync(join(root, 'content/data/targets/thu.yaml'), records);
    return loadContent(root).issues;
  };
  const good = (id: string, text: string, value: number) =>
    `- { id: ${id}, anchor: ${id}, text: "${text}", indicator: null, comparator: "=", value: ${value}, value_max: null, unit: percent, year: 2023, level: null }\n`;
  const all =
    good('tt12-2023-dvc-toan-trinh', '80% dịch vụ công trực tuyến toàn trình', 80) +
    good('tt12-2023-kinh-te-so-grdp', 'Kinh tế số chiếm 16% GRDP', 16) +
    good('tt12-2023-xa-cap-quang', '100% xã, phường', 100);
  it('accept records whose wording and value are at their anchor', () => {
    expect(
      siteWith(all).filter((i) => !i.file.includes('vocab') && !i.file.includes('national') && !i.file.includes('changelog') && !i.file.includes('abstracts')),
    ).toEqual([]);
  });
  it('fail when an anchor has no record', () => {
    const issues = siteWith(good('tt12-2023-dvc-toan-trinh', '80% dịch vụ công trực tuyến toàn trình', 80));
    expect(issues.some((i) => i.field === '<Target id="tt12-2023-xa-cap-quang">' && i.message.includes('has no record'))).toBe(true);
  });
  it('fail when the wording does not occur at the anchor', () => {
    const issues = siteWith(all.replace('Kinh tế số chiếm 16% GRDP', 'Kinh tế số chiếm 16% GDP'));
    expect(issues.some((i) => i.field === 'tt12-2023-kinh-te-so-grdp.text')).toBe(true);
  });
  it('fail when the value is not in the wording', () => {
    const issues = siteWith(all.replace('value: 16,', 'value: 18,'));
    expect(issues.some((i) => i.field === 'tt12-2023-kinh-te-so-grdp.value')).toBe(true);
  });
});

describe('CSV', () => {
  it('opens in spreadsheets: BOM, header row, quoted commas and quotes', () => {
    expect(toCsv([{ a: 'Hà Tiên, "x"', b: null }], ['a', 'b'])).toBe('\uFEFFa,b\r\n"Hà Tiên, ""x""",\r\n');
  });
});
