import { describe, expect, it } from 'vitest';
import { figuresInText, parsePrintedNumber } from '../../src/lib/tables/numbers.ts';
import { extractTables } from '../../src/lib/tables/extract.ts';
import { tableColumns, tableCsv } from '../../src/lib/tables/csv.ts';

describe('printed numbers in document tables', () => {
  it('reads the Vietnamese thousands dot and decimal comma', () => {
    expect(parsePrintedNumber('1.953.064')).toEqual({ value: 1953064, percent: false });
    expect(parsePrintedNumber('68,48%')).toEqual({ value: 68.48, percent: true });
    expect(parsePrintedNumber('04')).toEqual({ value: 4, percent: false });
  });
  it('reads the Công báo comma between thousands when the table is declared so', () => {
    expect(parsePrintedNumber('**38,060**', 'thousands-comma')?.value).toBe(38060);
    expect(parsePrintedNumber('4,200', 'thousands-comma')?.value).toBe(4200);
    expect(parsePrintedNumber('4,200', 'vi')?.value).toBe(4.2);
  });
  it('leaves cells that are not one figure as text', () => {
    for (const t of ['2022 - 2023', 'Tối thiểu 30%', '33/33', 'Năm 2023', '', '1.95.3']) expect(parsePrintedNumber(t)).toBeNull();
  });
  it('finds the figures of running text without splitting thousands', () => {
    expect(figuresInText('đạt tỷ lệ 49% (883/1.698 thủ tục)').map((f) => f.value)).toEqual([49, 883, 1698]);
  });
});

const MDX = `---
title: "x"
---
## A

| TT | Tên | Tổng mức | Năm |
|---|---|---|---|
| **1** | **Nhóm** | **5,000** | |
| 1 | Việc "một" | 4,200 | 2023 |
| 2 | Việc hai | 800 | 2024 |

Đoạn.

| Chỉ tiêu | Kết quả |
| --- | --- |
| Tỷ lệ | 68,48% |
`;

describe('document tables as CSV', () => {
  it('finds the tables in document order with their rows and group rows', () => {
    const t = extractTables(MDX);
    expect(t.map((x) => [x.index, x.rows.length])).toEqual([
      [1, 3],
      [2, 1],
    ]);
    expect(t[0].rows.map((r) => r.group)).toEqual([true, false, false]);
    expect(t[0].rows[1].cells).toEqual(['1', 'Việc "một"', '4,200', '2023']);
  });
  it('adds the printed text beside a number column only where the number differs from the print', () => {
    const [t] = extractTables(MDX);
    expect(tableColumns(t, 'thousands-comma').map((c) => `${c.name}:${c.kind}`)).toEqual([
      'TT:number',
      'Tên:text',
      'Tổng mức:number',
      'Tổng mức (nguyên văn):printed',
      'Năm:number',
    ]);
    const csv = tableCsv(t, 'thousands-comma');
    expect(csv.startsWith('\uFEFFTT,Tên,Tổng mức,Tổng mức (nguyên văn),Năm\r\n')).toBe(true);
    expect(csv).toContain('1,"Việc ""một""",4200,"4,200",2023\r\n');
    expect(csv).toContain('2,Việc hai,800,,2024\r\n');
  });
  it('keeps percentages as numbers with the printed text beside them', () => {
    const [, t] = extractTables(MDX);
    expect(tableCsv(t, 'vi')).toBe('\uFEFFChỉ tiêu,Kết quả,Kết quả (nguyên văn)\r\nTỷ lệ,68.48,"68,48%"\r\n');
  });
});

describe('CSV header cells', () => {
  it('quotes a printed column name that holds a comma', () => {
    const [t] = extractTables('| TT | Tên nhiệm vụ, dự án |\n|---|---|\n| 1 | A |\n');
    expect(tableCsv(t, 'vi').split('\r\n')[0]).toBe('\uFEFFTT,"Tên nhiệm vụ, dự án"');
  });
});
