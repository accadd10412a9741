/**
 * Like-for-like comparison of a local target with a national reference (issue #17), pure.
 * A verdict is higher / equal / lower only when every dimension (what is counted, denominator,
 * scope, level, base) and the unit match; otherwise it is "not-comparable" with the reason in
 * words, e.g. "khác nhóm dân số: 15 tuổi trở lên / toàn dân".
 */
import { BASES, COUNTED, LEVELS, POPULATIONS, SCOPES, type DimensionOverrides, type Dimensions } from '../../schemas/comparability.ts';
import type { Comparator, Figure } from '../../schemas/target.ts';
import { UNITS } from '../../schemas/indicator.ts';

export const VERDICTS = ['higher', 'equal', 'lower', 'not-comparable', 'no-reference'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Shown wherever a pair cannot be compared. */
export const NOT_COMPARABLE = 'không so sánh trực tiếp được';

/** A record's dimensions: its indicator's, overridden where the record differs; the record's own `level` wins. */
export function effectiveDimensions(
  indicator: { dimensions: Dimensions },
  record: { dimensions?: DimensionOverrides; level?: Dimensions['level'] },
): Dimensions {
  const d = { ...indicator.dimensions, ...(record.dimensions ?? {}) };
  return { ...d, level: record.level ?? d.level };
}

const label = <T extends Record<string, string>>(map: T, v: keyof T | null) => (v === null ? 'không nêu' : map[v]);

/** Every dimension on which two figures differ, each as a reason in words (local first, national second). */
export function dimensionDifferences(local: Dimensions, national: Dimensions): string[] {
  const out: string[] = [];
  if (local.counted !== national.counted) {
    const people = POPULATIONS.includes(local.counted) && POPULATIONS.includes(national.counted);
    out.push(`${people ? 'khác nhóm dân số' : 'khác đối tượng được đếm'}: ${COUNTED[local.counted]} / ${COUNTED[national.counted]}`);
  }
  if ((local.denominator ?? null) !== (national.denominator ?? null))
    out.push(`khác mẫu số: ${local.denominator ?? 'toàn bộ'} / ${national.denominator ?? 'toàn bộ'}`);
  if (local.scope !== national.scope) out.push(`khác phạm vi: ${SCOPES[local.scope]} / ${SCOPES[national.scope]}`);
  if (local.level !== national.level) out.push(`khác cấp: ${label(LEVELS, local.level)} / ${label(LEVELS, national.level)}`);
  if (local.base !== national.base) out.push(`khác cơ sở tính: ${label(BASES, local.base)} / ${label(BASES, national.base)}`);
  return out;
}

export type { Figure };

/** A figure on one scale: a range by its midpoint. */
const point = (f: Figure) => (f.value === null ? null : f.comparator === 'range' && f.value_max !== null ? (f.value + f.value_max) / 2 : f.value);
const strict = (c: Comparator) => c === '>' || c === '<';

export interface VerdictResult {
  verdict: Exclude<Verdict, 'no-reference'>;
  reason: string | null;
}

/**
 * The local target against one national reference. "higher" means more ambitious in the
 * indicator's direction (for a rank, a better place); "trên 80%" is higher than "80%".
 */
export function compareWithReference(local: Figure & { dims: Dimensions }, national: Figure & { dims: Dimensions }, direction: 'up' | 'down'): VerdictResult {
  const reasons: string[] = [];
  if (local.unit !== national.unit)
    reasons.push(`khác đơn vị: ${local.unit ? UNITS[local.unit] : 'không nêu'} / ${national.unit ? UNITS[national.unit] : 'không nêu'}`);
  reasons.push(...dimensionDifferences(local.dims, national.dims));
  const a = point(local);
  const b = point(national);
  if (a === null || b === null || local.comparator === 'qualitative') reasons.push('chỉ tiêu không nêu con số');
  if (reasons.length) return { verdict: 'not-comparable', reason: reasons.join('; ') };
  const more = a! === b! ? (strict(local.comparator) === strict(national.comparator) ? 0 : strict(local.comparator) ? 1 : -1) : a! > b! ? 1 : -1;
  if (more === 0) return { verdict: 'equal', reason: null };
  return { verdict: (direction === 'up' ? more > 0 : more < 0) ? 'higher' : 'lower', reason: null };
}

/**
 * The national references a target is shown against, each with its verdict. A reference that
 * differs from the target only by administrative level is left out when another reference has
 * the target's level (it is the same national target for another level); every other
 * reference of the year is shown, comparable ones first.
 */
export function verdictsAgainst<N extends Figure & { id: string; dims: Dimensions }>(
  local: Figure & { dims: Dimensions },
  references: N[],
  direction: 'up' | 'down',
): { reference: N | null; verdict: Verdict; reason: string | null }[] {
  if (!references.length) return [{ reference: null, verdict: 'no-reference', reason: 'không có chỉ tiêu quốc gia cùng chỉ số trong năm này' }];
  const sameLevel = references.some((n) => n.dims.level === local.dims.level);
  const shown = references.filter(
    (n) => !sameLevel || n.dims.level === local.dims.level || dimensionDifferences(local.dims, { ...n.dims, level: local.dims.level }).length > 0,
  );
  const rows = shown.map((reference) => ({ reference, ...compareWithReference(local, reference, direction) }));
  return [...rows.filter((r) => r.verdict !== 'not-comparable'), ...rows.filter((r) => r.verdict === 'not-comparable')];
}
