/**
 * A small validator for the Table Schema subset of /data/datapackage.json (types string,
 * integer, number, date, boolean; required, unique, enum, pattern, minimum; primary and foreign keys),
 * over RFC 4180 CSV. Every problem names the table, the row (1 = first data row) and the column.
 */
import type { DataPackage, TableSchema } from '../../schemas/data-package.ts';

export interface TableProblem {
  table: string;
  row: number | null;
  field: string | null;
  message: string;
}

/** RFC 4180: quoted cells may hold commas, quotes ("") and line breaks; a leading BOM is dropped. */
export function parseCsv(text: string): string[][] {
  const s = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (quoted) throw new Error('CSV ends inside a quoted cell');
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function typeProblem(type: string, v: string): string | null {
  switch (type) {
    case 'integer':
      return /^-?\d+$/.test(v) ? null : `"${v}" is not an integer`;
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(v) ? null : `"${v}" is not a number (dot decimal separator, no grouping)`;
    case 'boolean':
      return v === 'true' || v === 'false' ? null : `"${v}" is not true or false`;
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) ? null : `"${v}" is not a date YYYY-MM-DD`;
    default:
      return null;
  }
}

/** Checks one table's cells against its schema; returns the rows as records (null for missing values) for key checks. */
export function validateTable(table: string, csv: string, schema: TableSchema, problems: TableProblem[]): Record<string, string | null>[] {
  const [header = [], ...rows] = parseCsv(csv);
  const names = schema.fields.map((f) => f.name);
  if (header.join(',') !== names.join(','))
    problems.push({ table, row: null, field: null, message: `header is "${header.join(',')}", the schema has "${names.join(',')}"` });
  const seen = new Map<string, Set<string>>();
  const records = rows.map((cells, r) => {
    if (cells.length !== names.length) problems.push({ table, row: r + 1, field: null, message: `${cells.length} cells, expected ${names.length}` });
    const rec: Record<string, string | null> = {};
    schema.fields.forEach((f, i) => {
      const raw = cells[i] ?? '';
      const v = schema.missingValues.includes(raw) ? null : raw;
      rec[f.name] = v;
      const bad = (message: string) => problems.push({ table, row: r + 1, field: f.name, message });
      const c = f.constraints ?? {};
      if (v === null) {
        if (c.required) bad('required value is missing');
        return;
      }
      const tp = typeProblem(f.type, v);
      if (tp) {
        bad(tp);
        return;
      }
      if (c.enum && !c.enum.includes(v)) bad(`"${v}" is not one of ${c.enum.join(', ')}`);
      if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(v)) bad(`"${v}" does not match ${c.pattern}`);
      if (c.minimum !== undefined && Number(v) < c.minimum) bad(`${v} is below the minimum ${c.minimum}`);
      if (c.unique) {
        const s = seen.get(f.name) ?? new Set<string>();
        if (s.has(v)) bad(`"${v}" is not unique`);
        s.add(v);
        seen.set(f.name, s);
      }
    });
    return rec;
  });
  const key = schema.primaryKey;
  const keys = new Set<string>();
  records.forEach((rec, r) => {
    const k = key.map((f) => rec[f] ?? '').join('\u0000');
    if (keys.has(k)) problems.push({ table, row: r + 1, field: key.join(','), message: `primary key "${k}" repeats` });
    keys.add(k);
  });
  return records;
}

/** Validates every resource of a package (CSV text by resource path) and the foreign keys between them. */
export function validatePackage(pkg: DataPackage, csvByPath: Record<string, string>): TableProblem[] {
  const problems: TableProblem[] = [];
  const tables = new Map<string, Record<string, string | null>[]>();
  for (const res of pkg.resources) {
    const csv = csvByPath[res.path];
    if (csv === undefined) {
      problems.push({ table: res.name, row: null, field: null, message: `no file ${res.path}` });
      continue;
    }
    tables.set(res.name, validateTable(res.name, csv, res.schema, problems));
  }
  for (const res of pkg.resources) {
    for (const fk of res.schema.foreignKeys) {
      const target = tables.get(fk.reference.resource);
      if (!target) {
        problems.push({ table: res.name, row: null, field: fk.fields[0]!, message: `foreign key to unknown resource "${fk.reference.resource}"` });
        continue;
      }
      const allowed = new Set(target.map((r) => r[fk.reference.fields[0]!]));
      (tables.get(res.name) ?? []).forEach((rec, r) => {
        const v = rec[fk.fields[0]!];
        if (v !== null && v !== undefined && !allowed.has(v))
          problems.push({
            table: res.name,
            row: r + 1,
            field: fk.fields[0]!,
            message: `"${v}" is not an ${fk.reference.fields[0]} of ${fk.reference.resource}`,
          });
      });
    }
  }
  return problems;
}
