/**
 * The open dataset as published (/data/*.json, *.csv, the targets list and the comparison):
 * records joined with their document, locality, section tags and a deep link. Field names of
 * target rows are the public contract (issue #8); do not rename them.
 */
import type { SiteContent } from '../content/index.ts';
import type { LoadedDocument } from '../content/documents.ts';
import { DOC_TYPES } from '../../schemas/document.ts';
import type { Comparator } from '../../schemas/target.ts';
import type { Unit } from '../../schemas/indicator.ts';
import { urls } from '../urls.ts';

export interface TargetRow {
  id: string; locality: string; locality_name: string; document: string; document_number: string | null;
  pillar: string | null; sector: string | null; indicator: string | null; text: string; comparator: Comparator;
  value: number | null; value_max: number | null; unit: Unit | null; year: number | null; level: string | null; url: string;
  /** Not in the public field list but useful to readers: the document's type and title, the anchor. */
  document_type: string; anchor: string; note: string | null;
}

export interface ResultRow {
  id: string; target: string | null; locality: string; locality_name: string; document: string; document_number: string | null;
  pillar: string | null; sector: string | null; indicator: string | null; text: string; value: number | null; unit: Unit | null;
  year: number | null; status: 'dat' | 'chua-dat' | null; url: string; document_type: string; anchor: string; note: string | null;
}

function anchorContext(content: SiteContent) {
  const byAnchor = new Map<string, { doc: LoadedDocument; pillars: string[]; sectors: string[] }>();
  for (const doc of content.documents) {
    for (const m of doc.parsed.marks) {
      const section = doc.parsed.sections.find((s) => s.heading.id === m.sectionId);
      byAnchor.set(m.id, { doc, pillars: section?.pillars ?? [], sectors: section?.sectors ?? [] });
    }
  }
  return byAnchor;
}

/** The first pillar of a section that is a pillar proper, else its first foundation. */
function mainPillar(content: SiteContent, ids: string[], indicatorPillar: string | null): string | null {
  if (indicatorPillar && ids.includes(indicatorPillar)) return indicatorPillar;
  const order = content.pillars.map((p) => p.id);
  return [...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b))[0] ?? indicatorPillar;
}

export function targetRows(content: SiteContent): TargetRow[] {
  const ctx = anchorContext(content);
  const indicatorPillar = new Map(content.indicators.map((i) => [i.id, i.pillar]));
  return content.targets.map((t) => {
    const c = ctx.get(t.anchor)!;
    const locality = content.localities.find((l) => l.id === c.doc.meta.locality)!;
    return {
      id: t.id, locality: locality.id, locality_name: locality.name, document: c.doc.slug, document_number: c.doc.meta.number,
      pillar: t.pillar ?? mainPillar(content, c.pillars, t.indicator ? indicatorPillar.get(t.indicator) ?? null : null),
      sector: t.sector ?? c.sectors[0] ?? null, indicator: t.indicator, text: t.text, comparator: t.comparator,
      value: t.value, value_max: t.value_max, unit: t.unit, year: t.year, level: t.level,
      url: urls.document(c.doc.slug, t.anchor), document_type: DOC_TYPES[c.doc.meta.docType], anchor: t.anchor, note: t.note,
    };
  });
}

export function resultRows(content: SiteContent): ResultRow[] {
  const ctx = anchorContext(content);
  const indicatorPillar = new Map(content.indicators.map((i) => [i.id, i.pillar]));
  return content.results.map((r) => {
    const c = ctx.get(r.anchor)!;
    const locality = content.localities.find((l) => l.id === c.doc.meta.locality)!;
    return {
      id: r.id, target: r.target, locality: locality.id, locality_name: locality.name, document: c.doc.slug, document_number: c.doc.meta.number,
      pillar: mainPillar(content, c.pillars, r.indicator ? indicatorPillar.get(r.indicator) ?? null : null), sector: c.sectors[0] ?? null,
      indicator: r.indicator, text: r.text, value: r.value, unit: r.unit, year: r.year, status: r.status,
      url: urls.document(c.doc.slug, r.anchor), document_type: DOC_TYPES[c.doc.meta.docType], anchor: r.anchor, note: r.note,
    };
  });
}

/** CSV with a UTF-8 BOM so spreadsheet programs open Vietnamese text correctly; RFC 4180 quoting. */
export function toCsv<T extends object>(rows: T[], columns: (keyof T)[]): string {
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\uFEFF${[columns.map(cell).join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\r\n')}\r\n`;
}

export const TARGET_COLUMNS = ['id', 'locality', 'locality_name', 'document', 'document_number', 'pillar', 'sector', 'indicator', 'text', 'comparator', 'value', 'value_max', 'unit', 'year', 'level', 'url'] as const;
export const RESULT_COLUMNS = ['id', 'target', 'locality', 'locality_name', 'document', 'document_number', 'pillar', 'sector', 'indicator', 'text', 'value', 'unit', 'year', 'status', 'url'] as const;
