/**
 * A document table as CSV (UTF-8 with BOM, so spreadsheet programs read Vietnamese): the printed
 * columns, a column of numbers read as plain numbers when every filled cell of it is one figure,
 * and then the printed text beside it in a second column wherever the number differs from it.
 */
import { toCsv } from '../data/dataset.ts';
import type { DocTable } from './extract.ts';
import { parsePrintedNumber, type NumberFormat } from './numbers.ts';

export interface TableColumn {
  name: string;
  source: number;
  kind: 'text' | 'number' | 'printed';
}

export function tableColumns(table: DocTable, format: NumberFormat): TableColumn[] {
  const cols: TableColumn[] = [];
  table.header.forEach((name, c) => {
    const cells = table.rows.map((r) => r.cells[c] ?? '').filter((t) => t !== '');
    const parsed = cells.map((t) => parsePrintedNumber(t, format));
    const numeric = cells.length > 0 && parsed.every((p) => p !== null);
    const label = name || `Cột ${c + 1}`;
    if (!numeric) {
      cols.push({ name: label, source: c, kind: 'text' });
      return;
    }
    cols.push({ name: label, source: c, kind: 'number' });
    if (cells.some((t, i) => String(parsed[i]!.value) !== t.replace(/\*\*/g, '').trim()))
      cols.push({ name: `${label} (nguyên văn)`, source: c, kind: 'printed' });
  });
  return cols;
}

export function tableCsv(table: DocTable, format: NumberFormat): string {
  const cols = tableColumns(table, format);
  // Column names can repeat in print ("Dự kiến" twice); toCsv keys by name, so make them unique.
  const seen = new Map<string, number>();
  for (const c of cols) {
    const n = seen.get(c.name) ?? 0;
    seen.set(c.name, n + 1);
    if (n) c.name = `${c.name} (${n + 1})`;
  }
  const records = table.rows.map((r) =>
    Object.fromEntries(
      cols.map((col) => {
        const text = r.cells[col.source] ?? '';
        if (col.kind === 'text') return [col.name, text];
        const n = parsePrintedNumber(text, format);
        return col.kind === 'number' ? [col.name, n ? n.value : null] : [col.name, n && String(n.value) === text ? '' : text];
      }),
    ),
  );
  return toCsv(
    records,
    cols.map((c) => c.name),
  );
}
