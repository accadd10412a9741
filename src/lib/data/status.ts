/**
 * Whether a reported figure meets its target, worked out from the figures alone (issue #17).
 * The status a document prints (ĐẠT / CHƯA ĐẠT) is kept as printed; this is the check beside
 * it, and the one function every page, export and consistency check uses.
 */
import type { PrintedStatus } from '../../schemas/target.ts';
import type { ComputedStatus, StatusVerdict } from '../../schemas/computed-status.ts';
import type { ResultRow, TargetRow } from '../../schemas/dataset-row.ts';
import { wordReason, type Reason, type Relation } from '../compare/reasons.ts';

/** What the status needs of a target and of a result. */
export type StatusTarget = Pick<TargetRow, 'comparator' | 'value' | 'value_max' | 'unit'>;
export type StatusResult = Pick<ResultRow, 'value' | 'unit'>;

/**
 * met / not-met / not-comparable for a result against its target. A plain figure ("=", e.g.
 * "Đạt 100%") is a level to reach, so reaching or passing it meets it; "range" is met from its
 * lower bound; "rank" (within the top N) is met by a place ≤ N. Qualitative targets, results
 * without a figure and different units are not comparable.
 */
export function computeStatus(result: StatusResult, target: StatusTarget): StatusVerdict {
  const { status, why } = statusReason(result, target);
  return { status, reason: wordReason(why, 'vi') };
}

/** The status with its reason as a code (src/lib/compare/reasons.ts); computeStatus words it in Vietnamese. */
export function statusReason(result: StatusResult, target: StatusTarget): { status: ComputedStatus; why: Reason } {
  if (target.comparator === 'qualitative' || target.value === null) return { status: 'not-comparable', why: { code: 'no-figure' } };
  if (result.value === null) return { status: 'not-comparable', why: { code: 'no-result-figure' } };
  if (result.unit !== target.unit) return { status: 'not-comparable', why: { code: 'result-unit', result: result.unit, target: target.unit } };
  const v = result.value;
  const t = target.value;
  const met = (() => {
    switch (target.comparator) {
      case '>':
        return v > t;
      case '<':
        return v < t;
      case '≤':
        return v <= t;
      case 'rank':
        return v <= t;
      default:
        return v >= t; // '=', '≥', 'range' (lower bound)
    }
  })();
  const relation: Relation = met
    ? 'meets'
    : target.comparator === '<' || target.comparator === '≤' || target.comparator === 'rank'
      ? 'above'
      : v === t
        ? 'not-above'
        : 'below';
  const why: Reason = { code: 'figure', relation, value: v, unit: result.unit, target: t, targetUnit: target.unit, rank: target.comparator === 'rank' };
  return { status: met ? 'met' : 'not-met', why };
}

const PRINTED: Record<PrintedStatus, string> = { dat: 'ĐẠT', 'chua-dat': 'CHƯA ĐẠT' };

/**
 * The flag shown when the printed status contradicts the figures, e.g. "Văn bản ghi ĐẠT; số
 * liệu 6,17% thấp hơn chỉ tiêu 10%"; null when they agree or cannot be compared.
 */
export function statusDisagreement(printed: PrintedStatus | null, computed: StatusVerdict | null): string | null {
  // Worded as disagreementReason words it in Vietnamese ("Văn bản ghi ĐẠT; …"), from the worded status.
  if (!printed || !computed || computed.status === 'not-comparable') return null;
  if ((printed === 'dat') === (computed.status === 'met')) return null;
  return `Văn bản ghi ${PRINTED[printed]}; ${computed.reason}`;
}

/** The flag as a reason code: the printed status contradicted by the figures; null when they agree or cannot be compared. */
export function disagreementReason(printed: PrintedStatus | null, computed: { status: ComputedStatus; why: Reason } | null): Reason | null {
  if (!printed || !computed || computed.status === 'not-comparable') return null;
  if ((printed === 'dat') === (computed.status === 'met')) return null;
  return { code: 'printed-contradicts', printed, reason: computed.why };
}
