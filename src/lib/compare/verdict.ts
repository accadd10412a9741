/**
 * Like-for-like comparison of a local target with a national reference (issue #17), pure.
 * A verdict is higher / equal / lower only when every dimension (what is counted, denominator,
 * scope, level, base) and the unit match; otherwise it is "not-comparable" with its reasons as
 * codes (src/lib/compare/reasons.ts) and in Vietnamese words, e.g. "khác nhóm dân số: 15 tuổi
 * trở lên / toàn dân".
 */
import { POPULATIONS, type DimensionOverrides, type Dimensions } from '../../schemas/comparability.ts';
import type { Comparator, Figure } from '../../schemas/target.ts';
import { wordReason, wordReasons, type Reason } from './reasons.ts';

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

/** Every dimension on which two figures differ, each as a reason code (local first, national second). */
export function dimensionReasons(local: Dimensions, national: Dimensions): Reason[] {
  const out: Reason[] = [];
  if (local.counted !== national.counted) {
    const people = POPULATIONS.includes(local.counted) && POPULATIONS.includes(national.counted);
    out.push({ code: people ? 'population' : 'counted', local: local.counted, national: national.counted });
  }
  if ((local.denominator ?? null) !== (national.denominator ?? null))
    out.push({ code: 'denominator', local: local.denominator ?? null, national: national.denominator ?? null });
  if (local.scope !== national.scope) out.push({ code: 'scope', local: local.scope, national: national.scope });
  if (local.level !== national.level) out.push({ code: 'level', local: local.level, national: national.level });
  if (local.base !== national.base) out.push({ code: 'base', local: local.base, national: national.base });
  return out;
}

/** Every dimension on which two figures differ, each as a reason in Vietnamese words. */
export const dimensionDifferences = (local: Dimensions, national: Dimensions): string[] => dimensionReasons(local, national).map((r) => wordReason(r, 'vi'));

export type { Figure };

/** A figure on one scale: a range by its midpoint. */
const point = (f: Figure) => (f.value === null ? null : f.comparator === 'range' && f.value_max !== null ? (f.value + f.value_max) / 2 : f.value);
const strict = (c: Comparator) => c === '>' || c === '<';

export interface VerdictResult {
  verdict: Exclude<Verdict, 'no-reference'>;
  /** The reasons in Vietnamese words, joined by "; " (as the dataset publishes them); null when comparable. */
  reason: string | null;
  /** The same reasons as codes, to word them in another edition (wordReasons). */
  reasons: Reason[];
}

/**
 * The local target against one national reference. "higher" means more ambitious in the
 * indicator's direction (for a rank, a better place); "trên 80%" is higher than "80%".
 */
export function compareWithReference(local: Figure & { dims: Dimensions }, national: Figure & { dims: Dimensions }, direction: 'up' | 'down'): VerdictResult {
  const reasons: Reason[] = [];
  if (local.unit !== national.unit) reasons.push({ code: 'unit', local: local.unit, national: national.unit });
  reasons.push(...dimensionReasons(local.dims, national.dims));
  const a = point(local);
  const b = point(national);
  if (a === null || b === null || local.comparator === 'qualitative') reasons.push({ code: 'no-figure' });
  if (reasons.length) return { verdict: 'not-comparable', reason: wordReasons(reasons, 'vi'), reasons };
  const more = a! === b! ? (strict(local.comparator) === strict(national.comparator) ? 0 : strict(local.comparator) ? 1 : -1) : a! > b! ? 1 : -1;
  if (more === 0) return { verdict: 'equal', reason: null, reasons };
  return { verdict: (direction === 'up' ? more > 0 : more < 0) ? 'higher' : 'lower', reason: null, reasons };
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
): { reference: N | null; verdict: Verdict; reason: string | null; reasons: Reason[] }[] {
  if (!references.length) {
    const reasons: Reason[] = [{ code: 'no-reference' }];
    return [{ reference: null, verdict: 'no-reference', reason: wordReasons(reasons, 'vi'), reasons }];
  }
  const sameLevel = references.some((n) => n.dims.level === local.dims.level);
  const shown = references.filter(
    (n) => !sameLevel || n.dims.level === local.dims.level || dimensionReasons(local.dims, { ...n.dims, level: local.dims.level }).length > 0,
  );
  const rows = shown.map((reference) => ({ reference, ...compareWithReference(local, reference, direction) }));
  return [...rows.filter((r) => r.verdict !== 'not-comparable'), ...rows.filter((r) => r.verdict === 'not-comparable')];
}
