/** Titles and filters of search records; filter names and values are Vietnamese, NFC. */
import type { SiteContent } from '../content/index.ts';
import { modelOf } from '../content/model.ts';
import type { ResultRow, TargetRow } from '../../schemas/dataset-row.ts';
import { KINDS, TIER_FILTER, TIERS } from './tiers.ts';

export { KINDS, TIER_FILTER, TIERS };

export const FILTER_NAMES = {
  locality: 'Địa phương',
  docType: 'Loại văn bản',
  document: 'Văn bản',
  pillar: 'Trụ cột',
  sector: 'Lĩnh vực',
  year: 'Năm',
  kind: 'Loại kết quả',
} as const;

type Row = (TargetRow | ResultRow) & { kind: 'target' | 'result' };

export function targetSearchTitle(content: SiteContent, row: Row): string {
  const indicator = row.indicator ? modelOf(content).indicator(row.indicator).name : null;
  return `${row.kind === 'target' ? 'Chỉ tiêu' : 'Kết quả'}${row.year ? ` ${row.year}` : ''} · ${row.locality_name}: ${indicator ?? row.text.slice(0, 80)}`.normalize(
    'NFC',
  );
}

export function searchFilters(content: SiteContent, rows: Row[]): Record<string, string[]> {
  const merged: Record<string, Set<string>> = {};
  for (const row of rows) for (const [k, vs] of Object.entries(rowFilters(content, row))) for (const v of vs) (merged[k] ??= new Set()).add(v);
  return Object.fromEntries(Object.entries(merged).map(([k, v]) => [k, [...v]]));
}

function rowFilters(content: SiteContent, row: Row): Record<string, string[]> {
  const model = modelOf(content);
  const f: Record<string, string[]> = {
    [FILTER_NAMES.locality]: [row.locality_name],
    [FILTER_NAMES.docType]: [row.document_type],
    [FILTER_NAMES.document]: [model.documentLabelWithLocality(model.document(row.document))],
    [FILTER_NAMES.kind]: [row.kind === 'target' ? 'Chỉ tiêu' : 'Kết quả'],
    [TIER_FILTER]: [TIERS.sentence],
  };
  // Every tag of the record, so a filter on any of its pillars or sectors finds it.
  const pillars = content.pillars.filter((p) => row.pillar.includes(p.id)).map((p) => p.name);
  const sectors = content.sectors.filter((x) => row.sector.includes(x.id)).map((x) => x.name);
  if (pillars.length) f[FILTER_NAMES.pillar] = pillars;
  if (sectors.length) f[FILTER_NAMES.sector] = sectors;
  if (row.year) f[FILTER_NAMES.year] = [String(row.year)];
  for (const k of Object.keys(f)) f[k] = f[k].map((v) => v.normalize('NFC'));
  return f;
}

/** Text indexed for a marked sentence: the sentence first, then its indicators, locality and document. */
export function searchContent(content: SiteContent, rows: Row[], sentence: string): string {
  const model = modelOf(content);
  const indicators = [...new Set(rows.map((r) => (r.indicator ? model.indicator(r.indicator).name : null)).filter(Boolean))];
  const r = rows[0];
  return [sentence, ...indicators, r.locality_name, model.documentLabelWithLocality(model.document(r.document))].join('. ').normalize('NFC');
}

/** A document's own filters (locality, type, document) plus pillars and sectors of one section, NFC. */
export function documentFilters(
  content: SiteContent,
  doc: SiteContent['documents'][number],
  sectionId: string | null,
  kind: string,
  tier: string,
): Record<string, string[]> {
  const model = modelOf(content);
  const locality = model.locality(doc.meta.locality);
  const type = model.documentType(doc);
  const section = sectionId ? model.section(doc, sectionId) : undefined;
  const f: Record<string, string[]> = {
    [FILTER_NAMES.locality]: [locality.name],
    [FILTER_NAMES.docType]: [type],
    [FILTER_NAMES.document]: [model.documentLabelWithLocality(doc)],
    [FILTER_NAMES.kind]: [kind],
    [TIER_FILTER]: [tier],
  };
  const pillars = (section?.pillars ?? []).map((id) => model.pillar(id).name);
  const sectors = (section?.sectors ?? []).map((id) => model.sector(id).name);
  if (pillars.length) f[FILTER_NAMES.pillar] = pillars;
  if (sectors.length) f[FILTER_NAMES.sector] = sectors;
  return Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v.map((x) => x.normalize('NFC'))]));
}
