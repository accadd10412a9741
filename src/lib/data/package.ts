/**
 * The published CSV tables and their Frictionless description (/data/datapackage.json): one
 * definition per table gives its rows, its Table Schema fields (types, units, enumerations) and
 * its keys, so a CSV and its schema cannot drift apart. A new /data/*.csv must be added here;
 * tests/unit/data-package.test.ts fails for a CSV endpoint without a definition.
 */
import type { SiteContent } from '../content/index.ts';
import { dataPackageSchema, type DataPackage, type DataResource, type TableField } from '../../schemas/data-package.ts';
import { DOC_TYPES } from '../../schemas/document.ts';
import { indicatorSchema, UNITS } from '../../schemas/indicator.ts';
import { localitySchema } from '../../schemas/locality.ts';
import { projectSchema } from '../../schemas/plan-table.ts';
import { COMPARATORS, levelSchema, printedStatusSchema } from '../../schemas/target.ts';
import { modelOf } from '../content/model.ts';
import { resultRows, targetRows, toCsv, RESULT_COLUMNS, TARGET_COLUMNS } from './dataset.ts';
import { urls } from '../urls.ts';
import { COMPUTED_STATUSES } from '../../schemas/computed-status.ts';
import { BASES, COUNTED, SCOPES } from '../../schemas/comparability.ts';
import { checkedProjects, taskRows, PROJECT_COLUMNS_OUT, TASK_COLUMNS } from './plan-tables.ts';
import { contentRoot } from '../content/paths.ts';

type Row = Record<string, string | number | boolean | string[] | null>;

export interface TableDefinition {
  name: string;
  title: string;
  description: string;
  fields: TableField[];
  primaryKey: string;
  foreignKeys: { field: string; resource: string; key: string }[];
  rows: (content: SiteContent, site: URL) => Row[];
}

const abs = (path: string, site: URL) => new URL(path, site).href;
const ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
const id = (description: string, extra: Partial<TableField> = {}): TableField => ({
  name: 'id',
  type: 'string',
  description,
  constraints: { required: true, unique: true, pattern: ID_PATTERN },
  ...extra,
});
const ref = (name: string, description: string, required: boolean): TableField => ({
  name,
  type: 'string',
  description,
  constraints: { required, pattern: ID_PATTERN },
});
const text = (name: string, description: string, required = true): TableField => ({
  name,
  type: 'string',
  description,
  ...(required ? { constraints: { required: true } } : {}),
});
const enumField = (name: string, description: string, values: readonly string[], labels: Record<string, string> | null, required: boolean): TableField => ({
  name,
  type: 'string',
  description,
  constraints: { required, enum: [...values] },
  ...(labels ? { categories: values.map((v) => ({ value: v, label: labels[v] ?? v })) } : {}),
});
const url = (description: string): TableField => ({ name: 'url', type: 'string', format: 'uri', description, constraints: { required: true } });

const UNIT_LABELS: Record<keyof typeof UNITS, string> = {
  percent: 'percent (%)',
  count: 'count',
  rank: 'rank (place in a ranking)',
  'percent-per-year': 'percent per year',
  'per-100-inhabitants': 'per 100 inhabitants',
  'per-100-households': 'per 100 households',
  'million-vnd': 'million Vietnamese đồng',
};
/** A list of ids in one cell, separated by ";" (as toCsv writes arrays). */
const idList = (name: string, description: string, ids: string[]): TableField => ({
  name,
  type: 'string',
  description: `${description} Several ids are separated by ";".`,
  constraints: { pattern: `(${ids.join('|')})(;(${ids.join('|')}))*` },
});
const bool = (name: string, description: string): TableField => ({ name, type: 'boolean', description, constraints: { required: true } });
const LEVEL_LABELS = { tinh: 'province', huyen: 'district', xa: 'commune' };

/** Columns shared by targets and results, in their order in TARGET_COLUMNS / RESULT_COLUMNS. */
function commonFields(content: SiteContent): Record<string, TableField> {
  return {
    locality: {
      ...ref('locality', 'Locality that issued the document (localities.csv).', true),
      constraints: { required: true, enum: content.localities.map((l) => l.id) },
    },
    locality_name: text('locality_name', 'Locality name in Vietnamese, with diacritics.'),
    document: ref('document', 'Document the figure is taken from (documents.csv); its page is /van-ban/<document>/.', true),
    document_number: text('document_number', 'Document number (số hiệu); empty when the scan does not print one.', false),
    pillar: idList(
      'pillar',
      "Pillars or foundations, from the tags of the section holding the sentence (or the record's own).",
      content.pillars.map((p) => p.id),
    ),
    sector: idList(
      'sector',
      'Priority sectors, when the section is tagged with some.',
      content.sectors.map((s) => s.id),
    ),
    composite_index: bool('composite_index', 'true for a composite index (DTI, rankings), which belongs to no pillar by design.'),
    note: text('note', "Reviewer's caveat to read before citing the figure (Vietnamese).", false),
    uncertain: bool('uncertain', 'true when the figure itself sits inside an uncertain OCR reading.'),
    indicator: ref('indicator', 'Comparable indicator (indicators.csv); empty when none is equivalent.', false),
    text: text('text', 'The wording of the figure, verbatim from the restored document (Vietnamese).'),
    value: {
      name: 'value',
      type: 'number',
      description: 'The figure (lower bound of a range; group size of a rank target); empty for a qualitative target.',
      unit: { field: 'unit' },
    },
    unit: enumField('unit', 'Unit of value and value_max.', Object.keys(UNITS), UNIT_LABELS, false),
    year: {
      name: 'year',
      type: 'integer',
      description: 'Year the target is due, or the year of a reported figure; empty when the text gives none.',
      constraints: { minimum: 2000 },
    },
    url: url('Permalink to the sentence in the restored document (highlighted).'),
  };
}

/** What a target or result record refers to (a result also to its target). */
const RECORD_FOREIGN_KEYS: TableDefinition['foreignKeys'] = [
  { field: 'locality', resource: 'localities', key: 'id' },
  { field: 'document', resource: 'documents', key: 'id' },
  { field: 'indicator', resource: 'indicators', key: 'id' },
];

export function tableDefinitions(content: SiteContent): TableDefinition[] {
  const c = commonFields(content);
  const pick = (cols: readonly string[], own: Record<string, TableField>) =>
    cols.map(
      (col) =>
        own[col] ??
        c[col] ??
        (() => {
          throw new Error(`data package: no field definition for column "${col}"; add it to src/lib/data/package.ts`);
        })(),
    );
  return [
    {
      name: 'targets',
      title: 'Targets',
      description: 'One record per target figure in the restored documents.',
      fields: pick(TARGET_COLUMNS, {
        id: id('Record id, stable across versions: the id of the target sentence, with a suffix when one sentence sets several figures.'),
        comparator: enumField(
          'comparator',
          'How to read the figure.',
          COMPARATORS,
          {
            '=': 'equal to',
            '>': 'more than',
            '≥': 'at least',
            '<': 'less than',
            '≤': 'at most',
            range: 'from value to value_max',
            rank: 'within the top value',
            qualitative: 'no figure',
          },
          true,
        ),
        value_max: { name: 'value_max', type: 'number', description: 'Upper bound of a range.', unit: { field: 'unit' } },
        level: enumField('level', 'Administrative level, when the text states it.', levelSchema.options, LEVEL_LABELS, false),
        counted: enumField(
          'counted',
          'Comparability: what the figure counts (from the indicator, or the record where it differs).',
          Object.keys(COUNTED),
          null,
          false,
        ),
        denominator: text('denominator', 'Comparability: over what total, in Vietnamese; empty when it is all of `counted`.', false),
        scope: enumField(
          'scope',
          'Comparability: all, only those eligible, or only those that can be done online.',
          Object.keys(SCOPES),
          { all: 'all', eligible: 'eligible only', 'online-capable': 'online-capable only' },
          false,
        ),
        base: enumField(
          'base',
          'Comparability: the economy a share is of.',
          Object.keys(BASES),
          { GRDP: "the province's GRDP", GDP: "the nation's GDP" },
          false,
        ),
      }),
      primaryKey: 'id',
      foreignKeys: RECORD_FOREIGN_KEYS,
      rows: (content, site) => targetRows(content).map((r) => ({ ...r, url: abs(r.url, site) })),
    },
    {
      name: 'results',
      title: 'Results',
      description: 'One record per reported figure (result) in the restored documents.',
      fields: pick(RESULT_COLUMNS, {
        id: id('Record id, stable across versions.'),
        target: ref('target', 'The target record this result answers (targets.csv), when the document sets them side by side.', false),
        status_printed: enumField(
          'status_printed',
          'The assessment printed in the document (ĐẠT, CHƯA ĐẠT), as printed; empty when it gives none.',
          printedStatusSchema.options,
          { dat: 'met (ĐẠT)', 'chua-dat': 'not met (CHƯA ĐẠT)' },
          false,
        ),
        status_computed: enumField(
          'status_computed',
          'Assessment worked out from the value, the comparator and the target; empty without a target.',
          COMPUTED_STATUSES,
          { met: 'met', 'not-met': 'not met', 'not-comparable': 'not directly comparable' },
          false,
        ),
        status_reason: text('status_reason', 'Why status_computed is what it is (Vietnamese).', false),
        status_flag: text('status_flag', 'Warning when the printed assessment contradicts the figures (Vietnamese).', false),
      }),
      primaryKey: 'id',
      foreignKeys: [{ field: 'target', resource: 'targets', key: 'id' }, ...RECORD_FOREIGN_KEYS],
      rows: (content, site) => resultRows(content).map((r) => ({ ...r, url: abs(r.url, site) })),
    },
    {
      name: 'documents',
      title: 'Documents',
      description: 'The restored documents.',
      fields: [
        id('Document id (slug); its page is /van-ban/<id>/.'),
        ref('locality', 'Issuing locality (localities.csv).', true),
        enumField('type', 'Document type.', Object.keys(DOC_TYPES), { 'nghi-quyet': 'resolution', 'ke-hoach': 'plan', 'bao-cao': 'report' }, true),
        text('number', 'Document number (số hiệu); empty when not printed.', false),
        { name: 'date', type: 'date', description: 'Date of issue; empty when not printed.' },
        text('title', 'Subject line (trích yếu), Vietnamese.'),
        text('issuer', 'Issuing body, Vietnamese.'),
        text('source_file', 'OCR source file the text was restored from.'),
        { name: 'source_sha256', type: 'string', description: 'SHA-256 of the OCR source.', constraints: { required: true, pattern: '^[0-9a-f]{64}$' } },
        url('Page of the restored document.'),
      ],
      primaryKey: 'id',
      foreignKeys: [{ field: 'locality', resource: 'localities', key: 'id' }],
      rows: (content, site) =>
        content.documents.map((d) => ({
          id: d.slug,
          locality: d.meta.locality,
          type: d.meta.docType,
          number: d.meta.number,
          date: d.meta.issuedDate,
          title: d.meta.title,
          issuer: d.meta.issuer,
          source_file: d.meta.source.file,
          source_sha256: d.meta.source.sha256,
          url: abs(urls.document(d.slug), site),
        })),
    },
    {
      name: 'indicators',
      title: 'Comparable indicators',
      description: 'Indicators that make targets of different documents comparable.',
      fields: [
        id('Indicator id.'),
        text('name', 'Name, Vietnamese.'),
        text('name_en', 'Name, English (translation of this site).'),
        text('definition', 'What is measured, Vietnamese.'),
        enumField('unit', 'Unit of the figures.', Object.keys(UNITS), UNIT_LABELS, true),
        enumField(
          'direction',
          'Whether a higher figure is the more ambitious target.',
          indicatorSchema.shape.direction.options,
          { up: 'higher is more ambitious', down: 'lower is more ambitious (a rank)' },
          true,
        ),
        enumField(
          'pillar',
          'Pillar; empty for composite indices.',
          content.pillars.map((p) => p.id),
          null,
          false,
        ),
      ],
      primaryKey: 'id',
      foreignKeys: [],
      rows: (content) =>
        content.indicators.map((i) => ({
          id: i.id,
          name: i.name,
          name_en: content.english ? modelOf(content).namesIn('en').indicator(i.id).name : i.name,
          definition: i.definition,
          unit: i.unit,
          direction: i.direction,
          pillar: i.pillar,
        })),
    },
    {
      name: 'localities',
      title: 'Localities',
      description: 'Localities whose documents the site holds, with the province they belong to since the 1 July 2025 reorganisation.',
      fields: [
        id('Locality id.'),
        text('name', 'Name, Vietnamese.'),
        enumField(
          'level',
          'Administrative level when the documents were issued.',
          localitySchema.shape.level.options,
          { tinh: 'province', 'thanh-pho-thuoc-tinh': 'city under a province' },
          true,
        ),
        ref('province_at_issue', 'Province the locality belonged to when it issued its documents; empty for a province.', false),
        ref('province_since_2025', 'Province it belongs to (or was merged into) from 1 July 2025 (Resolution 202/2025/QH15).', true),
      ],
      primaryKey: 'id',
      foreignKeys: [],
      rows: (content) =>
        content.localities.map((l) => ({
          id: l.id,
          name: l.name,
          level: l.level,
          province_at_issue: l.provinceAtIssue,
          province_since_2025: l.provinceSince2025,
        })),
    },
    {
      name: 'tasks',
      title: 'Tasks',
      description: "Tasks of the plans' task tables (Đồng Tháp's task table, Kế hoạch 112/KH-UBND Phụ lục 2), verbatim.",
      fields: pick(TASK_COLUMNS, {
        id: id('Task id: document prefix, "nv", the printed number.'),
        document_number: text('document_number', 'Số hiệu of the document; empty when not printed.', false),
        number: text('number', 'Number of the row as printed.'),
        group: text('group', 'Group rows above the task, outermost first, joined with " › ".', false),
        task: text('task', 'The task, verbatim (Vietnamese).'),
        lead_unit: text('lead_unit', 'Lead unit (cơ quan chủ trì); empty when the table has no such column.', false),
        partners: text('partners', 'Partner units (cơ quan phối hợp).', false),
        deadline: text('deadline', 'Period or deadline as printed.', false),
        product: text('product', 'Product (sản phẩm); neither table prints one, so always empty.', false),
        result: text('result', 'Result reported (Kế hoạch 112 Phụ lục 2 only).', false),
        note: text('note', 'Note as printed.', false),
        uncertain: bool('uncertain', 'Whether a cell of the row holds an uncertain reading.'),
        url: url('Link to the table on the document page.'),
      }),
      primaryKey: 'id',
      foreignKeys: [
        { field: 'locality', resource: 'localities', key: 'id' },
        { field: 'document', resource: 'documents', key: 'id' },
      ],
      rows: (content, site) => taskRows(content, contentRoot()).map((r) => ({ ...r, url: abs(r.url, site) })),
    },
    {
      name: 'projects',
      title: 'Projects',
      description: 'Projects and funded tasks of Kế hoạch 112/KH-UBND Phụ lục 4; money in million đồng (triệu đồng), summed against the printed subtotals.',
      fields: pick(PROJECT_COLUMNS_OUT, {
        id: id('Project id: "tg112-pl4-", the group path and the printed number.'),
        number: text('number', 'Number of the row as printed; empty when the print has none.', false),
        group: text('group', 'Group rows above, as printed, joined with " › ".'),
        project: text('project', 'Name of the project or task, verbatim (Vietnamese).'),
        lead_unit: text('lead_unit', 'Unit that prepares the investment decision.', false),
        investor: text('investor', 'Investor (chủ đầu tư).', false),
        lead_unit_column_uncertain: bool('lead_unit_column_uncertain', 'True where the column of the printed unit cannot be read from the OCR.'),
        sector: text('sector', 'Field of application as printed.', false),
        status: enumField(
          'status',
          'New or continuing project.',
          projectSchema.shape.status.unwrap().options,
          { moi: 'new', 'chuyen-tiep': 'continuing' },
          false,
        ),
        status_printed: text('status_printed', 'That column as printed.', false),
        scope: text('scope', 'Scope as printed.', false),
        period: text('period', 'Period as printed.', false),
        total_investment: {
          name: 'total_investment',
          type: 'number',
          description: 'Planned total investment, million đồng; empty when unreadable.',
          unit: 'triệu đồng',
          constraints: { minimum: 0 },
        },
        need_2023: {
          name: 'need_2023',
          type: 'number',
          description: 'Funding needed in 2023, million đồng; empty when unreadable.',
          unit: 'triệu đồng',
          constraints: { minimum: 0 },
        },
        total_investment_printed: text('total_investment_printed', 'Total investment as printed.', false),
        need_2023_printed: text('need_2023_printed', '2023 need as printed.', false),
        uncertain: bool('uncertain', 'Whether a cell of the row holds an uncertain reading.'),
        url: url('Link to the row in the table on the document page.'),
      }),
      primaryKey: 'id',
      foreignKeys: [{ field: 'document', resource: 'documents', key: 'id' }],
      rows: (content, site) => checkedProjects(content, contentRoot()).projects.map((r) => ({ ...r, url: abs(r.url, site) })),
    },
  ];
}

export const csvPath = (name: string) => urls.dataFile(`${name}.csv`);

/** The CSV text of a table (same writer as every /data/*.csv). */
export function tableCsv(def: TableDefinition, content: SiteContent, site: URL): string {
  return toCsv(
    def.rows(content, site),
    def.fields.map((f) => f.name),
  );
}

function resource(def: TableDefinition): DataResource {
  return {
    name: def.name,
    path: `${def.name}.csv`,
    title: def.title,
    description: def.description,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', header: true, lineTerminator: '\r\n' },
    schema: {
      fields: def.fields,
      missingValues: [''],
      primaryKey: [def.primaryKey],
      foreignKeys: def.foreignKeys.map((fk) => ({ fields: [fk.field], reference: { resource: fk.resource, fields: [fk.key] } })),
    },
  };
}

export function dataPackage(content: SiteContent, site: URL): DataPackage {
  const [latest] = content.changelog;
  return dataPackageSchema.parse({
    profile: 'tabular-data-package',
    name: 'chuyen-doi-so-dia-phuong',
    title: 'Local digital transformation plans of Vietnam: targets and results',
    description:
      'Targets and reported results of local digital-transformation documents (Trà Vinh, Tiền Giang, Hà Tiên, Đồng Tháp), each linked to its sentence in the restored text, with comparable indicators. Text fields are Vietnamese as printed.',
    version: latest?.version ?? '0.0.0',
    created: latest?.date ?? '1970-01-01',
    homepage: abs(urls.dataset(), site),
    languages: ['vi', 'en'],
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
    sources: [{ title: 'Restored documents', path: abs(urls.documents(), site) }],
    resources: tableDefinitions(content).map(resource),
  });
}

/** File name of the versioned ZIP of the whole dataset. */
export const datasetZipName = (version: string) => `chuyen-doi-so-dia-phuong-${version}.zip`;
