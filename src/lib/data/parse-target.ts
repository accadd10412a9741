/**
 * Reads a target sentence the way a reviewer would start: the first figure, its comparator
 * and unit. Used to draft records (scripts/draft-records.ts); every draft is then reviewed.
 */
import type { Comparator, Figure } from '../../schemas/target.ts';
import type { Unit } from '../../schemas/indicator.ts';
import { fold } from '../text/fold.ts';

export type ParsedFigure = Figure;

const toNumber = (raw: string) => Number(raw.replace(/\./g, '').replace(',', '.'));

export function parseFigure(text: string): ParsedFigure {
  const f = fold(text);
  const range = /(\d+(?:,\d+)?)\s*%?\s*[-–]\s*(\d+(?:,\d+)?)\s*%/.exec(text);
  if (range) return { comparator: 'range', value: toNumber(range[1]), value_max: toNumber(range[2]), unit: 'percent' };
  const rank = /nhom\s+(\d+)/.exec(f);
  if (rank) return { comparator: 'rank', value: Number(rank[1]), value_max: null, unit: 'rank' };
  const pct = /(\d+(?:,\d+)?)\s*%(\s*\/\s*nam)?/.exec(text.replace(/năm/g, 'nam'));
  const num = pct ?? /\d+(?:[.,]\d+)*/.exec(text);
  if (!num) return { comparator: 'qualitative', value: null, value_max: null, unit: null };
  const before = f.slice(0, Math.max(0, f.indexOf(fold(num[0])))).slice(-30);
  const after = f
    .slice(f.indexOf(fold(num[0])) + num[0].length)
    .slice(0, 30)
    .split(/[;,.]/)[0];
  let comparator: Comparator = '=';
  if (/(tren|hon|vuot)\s*$/.test(before)) comparator = '>';
  else if (/(toi thieu|it nhat|tu)\s*$/.test(before) || /tro len/.test(after)) comparator = '≥';
  else if (/(duoi)\s*$/.test(before)) comparator = '<';
  else if (/(toi da|khong qua)\s*$/.test(before)) comparator = '≤';
  const unit: Unit = pct ? (pct[2] || (/hang nam|binh quan/.test(f) && /tang/.test(f)) ? 'percent-per-year' : 'percent') : 'count';
  return { comparator, value: toNumber(pct ? pct[1] : num[0]), value_max: null, unit };
}

/** Target year from a mark id ("tv09-2025-..." → 2025; "-na-" → null). */
export function yearFromId(id: string): number | null {
  const m = /-(?:kq-)?(\d{4}|na)-/.exec(id);
  return m && m[1] !== 'na' ? Number(m[1]) : null;
}
