/** Titles and filters of search records; filter names and values are Vietnamese, NFC. */
import type { SiteContent } from '../content/index.ts';
import type { ResultRow, TargetRow } from '../data/dataset.ts';

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

export function documentLabel(type: string, number: string | null, localityName: string): string {
  return `${type}${number ? ` ${number}` : ''} (${localityName})`.normalize('NFC');
}

export function targetSearchTitle(content: SiteContent, row: Row): string {
  const indicator = row.indicator ? content.indicators.find((i) => i.id === row.indicator)?.name : null;
  return `${row.kind === 'target' ? 'Chỉ tiêu' : 'Kết quả'}${row.year ? ` ${row.year}` : ''} · ${row.locality_name}: ${indicator ?? row.text.slice(0, 80)}`.normalize('NFC');
}

export function searchFilters(content: SiteContent, row: Row): Record<string, string[]> {
  const f: Record<string, string[]> = {
    [FILTER_NAMES.locality]: [row.locality_name],
    [FILTER_NAMES.docType]: [row.document_type],
    [FILTER_NAMES.document]: [documentLabel(row.document_type, row.document_number, row.locality_name)],
    [FILTER_NAMES.kind]: [row.kind === 'target' ? 'Chỉ tiêu' : 'Kết quả'],
  };
  const pillar = row.pillar ? content.pillars.find((p) => p.id === row.pillar)?.name : null;
  const sector = row.sector ? content.sectors.find((s) => s.id === row.sector)?.name : null;
  if (pillar) f[FILTER_NAMES.pillar] = [pillar];
  if (sector) f[FILTER_NAMES.sector] = [sector];
  if (row.year) f[FILTER_NAMES.year] = [String(row.year)];
  for (const k of Object.keys(f)) f[k] = f[k].map((v) => v.normalize('NFC'));
  return f;
}

/** Text indexed for a target/result record: its wording first, then indicator, locality and document. */
export function searchContent(content: SiteContent, row: Row): string {
  const indicator = row.indicator ? content.indicators.find((i) => i.id === row.indicator)?.name : null;
  return [row.text, indicator, row.locality_name, documentLabel(row.document_type, row.document_number, row.locality_name)].filter(Boolean).join('. ').normalize('NFC');
}
