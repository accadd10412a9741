/**
 * The open dataset as published (/data/*.json, *.csv, the targets list and the comparison):
 * records joined with their document, locality, section tags and a deep link. The rows' shape is
 * src/schemas/dataset-row.ts (field names of target rows are the public contract, issue #8).
 */
import type { SiteContent } from '../content/index.ts';
import { modelOf } from '../content/model.ts';
import type { Mark } from '../document/parse.ts';
import { valueAppearsIn } from '../text/numbers.ts';
import { computeStatus, disagreementReason, statusDisagreement, statusReason } from './status.ts';
import type { Reason } from '../compare/reasons.ts';
import type { ResultRow, TargetRow } from '../../schemas/dataset-row.ts';
import type { ResultRecord, TargetRecord } from '../../schemas/target.ts';
import { effectiveDimensions } from '../compare/verdict.ts';
import { urls } from '../urls.ts';

/** Tags of a record: its override when it has one, else every tag its section inherits, in vocabulary order. */
export function recordTags(
  content: Pick<SiteContent, 'pillars' | 'sectors'>,
  section: { pillars: string[]; sectors: string[] },
  override: { pillar: string[] | null; sector: string[] | null },
): { pillar: string[]; sector: string[] } {
  const inOrder = (ids: string[], vocab: { id: string }[]) => vocab.map((v) => v.id).filter((id) => ids.includes(id));
  return { pillar: inOrder(override.pillar ?? section.pillars, content.pillars), sector: inOrder(override.sector ?? section.sectors, content.sectors) };
}

/** Whether a record's figure is (part of) an uncertain OCR reading inside its mark. */
export function figureIsUncertain(mark: Pick<Mark, 'uncertain'>, value: number | null): boolean {
  return value !== null && mark.uncertain.some((u) => valueAppearsIn(value, u.reading));
}

/** What a target and a result record both carry (the same fields in both schemas). */
type RecordFields = Pick<TargetRecord | ResultRecord, 'anchor' | 'indicator' | 'pillar' | 'sector'>;

/**
 * The columns a target row and a result row share, in their published order: where the record
 * stands (locality, document, tags) and whether its indicator is a composite index. Returns the
 * record's mark context too, for the columns each kind places differently.
 */
function recordContext(content: SiteContent, record: RecordFields) {
  const model = modelOf(content);
  const c = model.mark(record.anchor)!;
  const locality = model.locality(c.doc.meta.locality);
  const fields = {
    locality: locality.id,
    locality_name: locality.name,
    document: c.doc.slug,
    document_number: c.doc.meta.number,
    ...recordTags(content, c, record),
    composite_index: record.indicator !== null && model.isCompositeIndicator(record.indicator),
  };
  return { c, fields };
}

export function targetRows(content: SiteContent): TargetRow[] {
  const model = modelOf(content);
  return content.targets.map((t) => {
    const { c, fields } = recordContext(content, t);
    const indicator = t.indicator ? model.indicator(t.indicator) : undefined;
    const dims = indicator ? effectiveDimensions(indicator, t) : null;
    return {
      counted: dims?.counted ?? null,
      denominator: dims?.denominator ?? null,
      scope: dims?.scope ?? null,
      base: dims?.base ?? null,
      id: t.id,
      ...fields,
      indicator: t.indicator,
      text: t.text,
      comparator: t.comparator,
      value: t.value,
      value_max: t.value_max,
      unit: t.unit,
      year: t.year,
      level: t.level,
      url: urls.document(c.doc.slug, t.anchor),
      note: t.note,
      uncertain: figureIsUncertain(c.mark, t.value) || figureIsUncertain(c.mark, t.value_max),
      document_type: model.documentType(c.doc),
      anchor: t.anchor,
    };
  });
}

export function resultRows(content: SiteContent): ResultRow[] {
  const model = modelOf(content);
  return content.results.map((r) => {
    const { c, fields } = recordContext(content, r);
    const target = r.target ? (model.findTarget(r.target) ?? null) : null;
    const computed = target ? computeStatus(r, target) : null;
    return {
      id: r.id,
      target: r.target,
      ...fields,
      indicator: r.indicator,
      text: r.text,
      value: r.value,
      unit: r.unit,
      year: r.year,
      status_printed: r.status_printed,
      status_computed: computed?.status ?? null,
      status_reason: computed?.reason ?? null,
      status_flag: statusDisagreement(r.status_printed, computed),
      url: urls.document(c.doc.slug, r.anchor),
      document_type: model.documentType(c.doc),
      anchor: r.anchor,
      note: r.note,
      uncertain: figureIsUncertain(c.mark, r.value),
    };
  });
}

const reasonMaps = new WeakMap<SiteContent, Map<string, { reason: Reason | null; flag: Reason | null }>>();
/**
 * A result's status_reason and status_flag as reason codes (src/lib/compare/reasons.ts), for an
 * edition that words them in its own language; the rows carry the Vietnamese words.
 */
export function resultReasonOf(content: SiteContent, id: string): { reason: Reason | null; flag: Reason | null } | undefined {
  let map = reasonMaps.get(content);
  if (!map) {
    const model = modelOf(content);
    map = new Map(
      content.results.map((r) => {
        const target = r.target ? (model.findTarget(r.target) ?? null) : null;
        const computed = target ? statusReason(r, target) : null;
        return [r.id, { reason: computed?.why ?? null, flag: disagreementReason(r.status_printed, computed) }];
      }),
    );
    reasonMaps.set(content, map);
  }
  return map.get(id);
}

const targetRowMaps = new WeakMap<SiteContent, Map<string, TargetRow>>();
/** The published row of the target record `id` (undefined when there is none); the rows are built once per content. */
export function targetRowOf(content: SiteContent, id: string): TargetRow | undefined {
  let rows = targetRowMaps.get(content);
  if (!rows) targetRowMaps.set(content, (rows = new Map(targetRows(content).map((r) => [r.id, r]))));
  return rows.get(id);
}

/** CSV with a UTF-8 BOM so spreadsheet programs open Vietnamese text correctly; RFC 4180 quoting. */
export function toCsv<T extends object>(rows: T[], columns: (keyof T)[]): string {
  const cell = (v: unknown) => {
    // A list (pillars, sectors) is one cell, its items separated by ";".
    const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join(';') : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\uFEFF${[columns.map(cell).join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\r\n')}\r\n`;
}

/** The columns after a record's id (and a result's target) that both files share, as recordContext builds them, then the figure's wording. */
const RECORD_COLUMNS = ['locality', 'locality_name', 'document', 'document_number', 'pillar', 'sector', 'composite_index', 'indicator', 'text'] as const;

export const TARGET_COLUMNS = [
  'id',
  ...RECORD_COLUMNS,
  'comparator',
  'value',
  'value_max',
  'unit',
  'year',
  'level',
  'counted',
  'denominator',
  'scope',
  'base',
  'note',
  'uncertain',
  'url',
] as const;
export const RESULT_COLUMNS = [
  'id',
  'target',
  ...RECORD_COLUMNS,
  'value',
  'unit',
  'year',
  'status_printed',
  'status_computed',
  'status_reason',
  'status_flag',
  'note',
  'uncertain',
  'url',
] as const;
