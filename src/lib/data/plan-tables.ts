/**
 * The plans' task and project tables as datasets (/data/tasks.json|csv, /data/projects.json|csv),
 * read from the restored documents' tables; every record is validated by its schema, and the
 * projects' money is summed against the printed subtotal rows.
 */
import type { SiteContent } from '../content/index.ts';
import type { LoadedDocument } from '../content/documents.ts';
import { modelOf } from '../content/model.ts';
import { documentTables, tableFormat } from '../consistency/index.ts';
import type { DocTable } from '../tables/extract.ts';
import { parsePrintedNumber } from '../tables/numbers.ts';
import { urls } from '../urls.ts';
import { slugify } from '../text/fold.ts';
import { projectSchema, taskSchema, type Project, type Task } from '../../schemas/plan-table.ts';

/** Which tables hold tasks and projects: the document, its table number and how to read the columns. */
export const TASK_TABLES = [
  {
    document: 'dong-thap-ke-hoach-thuc-hien-nq-04-nq-tu',
    table: 1,
    prefix: 'dt04-nv',
    columns: {
      number: 'Stt',
      task: 'Nội dung nhiệm vụ',
      lead_unit: 'Cơ quan chủ trì',
      partners: 'Cơ quan phối hợp',
      deadline: 'Thời gian thực hiện',
      note: 'Ghi chú',
    },
  },
  {
    document: 'tien-giang-ke-hoach-112-kh-ubnd-2023',
    table: 2,
    prefix: 'tg112-pl2-nv',
    columns: { number: 'STT', task: 'Chỉ tiêu', result: 'Kết quả thực hiện' },
  },
] as const;
export const PROJECT_TABLE = { document: 'tien-giang-ke-hoach-112-kh-ubnd-2023', table: 3 } as const;

const PROJECT_COLUMNS = {
  number: 'TT',
  project: 'Tên nhiệm vụ, dự án',
  lead_unit: 'Đơn vị chủ trì triển khai: Lập chủ trương đầu tư',
  investor: 'Đơn vị chủ trì triển khai: Chủ đầu tư',
  sector: 'Lĩnh vực ứng dụng',
  status: 'Dự án chuyển tiếp hay dự án mới',
  scope: 'Phạm vi triển khai',
  period: 'Thời gian triển khai',
  total: 'Dự kiến Tổng mức đầu tư',
  need: 'Dự kiến Nhu cầu vốn năm 2023',
} as const;

function column(t: DocTable, name: string, document: string): number {
  const i = t.header.indexOf(name);
  if (i < 0) throw new Error(`${document}, table ${t.index}: no column "${name}" (columns: ${t.header.join(' | ')}); update src/lib/data/plan-tables.ts`);
  return i;
}
const orNull = (s: string | undefined) => (s && s.trim() ? s.trim() : null);
const hasUncertain = (raw: string[]) => raw.some((c) => c.includes('<Uncertain'));

/** Group rows nest by their printed number: "I" (Roman) above "1" above the rows. */
function groupPath(stack: { level: number; label: string }[], row: { cells: string[] }, level: number): { level: number; label: string }[] {
  const label = `${row.cells[0]} ${row.cells[1]}`.trim();
  return [...stack.filter((g) => g.level < level), { level, label }];
}
const groupLevel = (n: string) => (/^[IVX]+$/.test(n) ? 0 : 1);

function validate<T>(
  schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } },
  record: unknown,
  where: string,
): T {
  const r = schema.safeParse(record);
  if (!r.success) throw new Error(`${where}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return r.data;
}

/**
 * The document a task or project table is read from. The published content must hold it (else the
 * build fails: a dataset would be silently empty). A content root that is not published (content/site.yaml
 * `indexed: false`: an ingest review root, the scale corpus) may leave it out: its datasets then have no
 * rows from that table, and the data page says so by showing none.
 */
function tableDocument(content: SiteContent, slug: string, what: 'tasks' | 'projects'): LoadedDocument | null {
  const doc = modelOf(content).findDocument(slug);
  if (doc) return doc;
  if (!content.site.indexed) return null;
  throw new Error(`${what}: document "${slug}" not found in content/documents; restore it or update the table list in src/lib/data/plan-tables.ts`);
}

export function taskRows(content: SiteContent, root: string): Task[] {
  const out: Task[] = [];
  for (const spec of TASK_TABLES) {
    const doc = tableDocument(content, spec.document, 'tasks');
    if (!doc) continue;
    const t = documentTables(root, doc)[spec.table - 1];
    if (!t) throw new Error(`tasks: ${spec.document} has no table ${spec.table}`);
    const col = Object.fromEntries(Object.entries(spec.columns).map(([k, name]) => [k, column(t, name, spec.document)])) as Record<string, number>;
    let groups: { level: number; label: string }[] = [];
    for (const row of t.rows) {
      if (row.group) {
        groups = groupPath(groups, row, groupLevel(row.cells[0]));
        continue;
      }
      const number = row.cells[col.number];
      const at = (k: string) => (col[k] === undefined ? null : orNull(row.cells[col[k]]));
      out.push(
        validate(
          taskSchema,
          {
            id: `${spec.prefix}-${[...groups.filter((g) => g.level === 0).map((g) => slugify(g.label.split(' ')[0])), slugify(number)].join('-')}`,
            document: doc.slug,
            document_number: doc.meta.number,
            locality: doc.meta.locality,
            number,
            group: groups.length ? groups.map((g) => g.label).join(' › ') : null,
            task: row.cells[col.task],
            lead_unit: at('lead_unit'),
            partners: at('partners'),
            deadline: at('deadline'),
            product: null,
            result: at('result'),
            note: at('note'),
            uncertain: hasUncertain(row.raw),
            url: urls.document(doc.slug, `bang-${spec.table}`),
          },
          `${doc.file}:${row.line} (task ${number})`,
        ),
      );
    }
  }
  const seen = new Set<string>();
  for (const t of out) {
    if (seen.has(t.id)) throw new Error(`tasks: duplicate id "${t.id}"; two rows print the same number`);
    seen.add(t.id);
  }
  return out;
}

export interface PrintedSubtotal {
  group: string;
  column: 'total_investment' | 'need_2023';
  printed: string;
  value: number;
  computed: number;
  rows: number;
  unreadable: number;
}

export function projectRows(content: SiteContent, root: string): { projects: Project[]; subtotals: PrintedSubtotal[] } {
  const doc = tableDocument(content, PROJECT_TABLE.document, 'projects');
  if (!doc) return { projects: [], subtotals: [] };
  const t = documentTables(root, doc)[PROJECT_TABLE.table - 1];
  const format = tableFormat(content.consistency.formats, doc.slug, PROJECT_TABLE.table);
  const col = Object.fromEntries(Object.entries(PROJECT_COLUMNS).map(([k, name]) => [k, column(t, name, doc.slug)])) as Record<
    keyof typeof PROJECT_COLUMNS,
    number
  >;
  const projects: Project[] = [];
  const subtotals: PrintedSubtotal[] = [];
  let groups: { level: number; label: string; number: string }[] = [];
  let open: { label: string; total: PrintedSubtotal | null; need: PrintedSubtotal | null } | null = null;
  const money = (s: string) => parsePrintedNumber(s, format)?.value ?? null;
  for (const row of t.rows) {
    if (row.group) {
      const level = groupLevel(row.cells[0]);
      groups = [...groups.filter((g) => g.level < level), { level, label: `${row.cells[0]} ${row.cells[1]}`.trim(), number: row.cells[0] }];
      const label = groups.map((g) => g.label).join(' › ');
      const sub = (column: 'total_investment' | 'need_2023', i: number): PrintedSubtotal | null => {
        const v = money(row.cells[i]);
        return v === null ? null : { group: label, column, printed: row.cells[i], value: v, computed: 0, rows: 0, unreadable: 0 };
      };
      open = { label, total: sub('total_investment', col.total), need: sub('need_2023', col.need) };
      for (const s of [open.total, open.need]) if (s) subtotals.push(s);
      continue;
    }
    const number = orNull(row.cells[col.number]);
    const statusPrinted = orNull(row.cells[col.status]);
    const groupIds = groups.map((g) => slugify(g.number)).join('-');
    const total = money(row.cells[col.total]);
    const need = money(row.cells[col.need]);
    const record = validate(
      projectSchema,
      {
        id: `tg112-pl4-${groupIds}-${slugify(number ?? `dong-${row.line}`)}`,
        document: doc.slug,
        number,
        group: groups.map((g) => g.label).join(' › '),
        project: row.cells[col.project],
        lead_unit: orNull(row.cells[col.lead_unit]),
        investor: orNull(row.cells[col.investor]),
        lead_unit_column_uncertain: !row.cells[col.investor] && row.raw[col.lead_unit].includes('<Uncertain'),
        sector: orNull(row.cells[col.sector]),
        status: statusPrinted ? (/mới/.test(statusPrinted) ? 'moi' : /chuyển tiếp/.test(statusPrinted) ? 'chuyen-tiep' : null) : null,
        status_printed: statusPrinted,
        scope: orNull(row.cells[col.scope]),
        period: orNull(row.cells[col.period]),
        total_investment: total,
        need_2023: need,
        total_investment_printed: orNull(row.cells[col.total]),
        need_2023_printed: orNull(row.cells[col.need]),
        uncertain: hasUncertain(row.raw),
        url: urls.document(doc.slug, `bang-${PROJECT_TABLE.table}`),
      },
      `${doc.file}:${row.line} (project ${number ?? '?'})`,
    );
    projects.push(record);
    if (open)
      for (const [s, v] of [
        [open.total, total],
        [open.need, need],
      ] as const)
        if (s) {
          s.rows += 1;
          if (v === null) s.unreadable += 1;
          else s.computed += v;
        }
  }
  return { projects, subtotals };
}

export const TASK_COLUMNS = [
  'id',
  'document',
  'document_number',
  'locality',
  'number',
  'group',
  'task',
  'lead_unit',
  'partners',
  'deadline',
  'product',
  'result',
  'note',
  'uncertain',
  'url',
] as const;
export const PROJECT_COLUMNS_OUT = [
  'id',
  'document',
  'number',
  'group',
  'project',
  'lead_unit',
  'investor',
  'lead_unit_column_uncertain',
  'sector',
  'status',
  'status_printed',
  'scope',
  'period',
  'total_investment',
  'need_2023',
  'total_investment_printed',
  'need_2023_printed',
  'uncertain',
  'url',
] as const;

/** Projects whose sums match every printed subtotal; a mismatch fails the build, naming the group and column. */
export function checkedProjects(content: SiteContent, root: string): ReturnType<typeof projectRows> {
  const r = projectRows(content, root);
  for (const s of r.subtotals) {
    if (s.unreadable)
      throw new Error(`projects: ${s.unreadable} row(s) of "${s.group}" have no readable ${s.column}; the printed subtotal ${s.printed} cannot be checked`);
    if (Math.abs(s.computed - s.value) > 1e-9)
      throw new Error(
        `projects: the ${s.rows} rows of "${s.group}" sum to ${s.computed} in ${s.column}, but the table prints ${s.printed}; check the rows against the source`,
      );
  }
  return r;
}
