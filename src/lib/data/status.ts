/**
 * Whether a reported figure meets its target, worked out from the figures alone (issue #17).
 * The status a document prints (ĐẠT / CHƯA ĐẠT) is kept as printed; this is the check beside
 * it, and the one function every page, export and consistency check uses.
 */
import type { PrintedStatus } from '../../schemas/target.ts';
import type { Unit } from '../../schemas/indicator.ts';
import { UNITS } from '../../schemas/indicator.ts';
import type { StatusVerdict } from '../../schemas/computed-status.ts';
import type { ResultRow, TargetRow } from '../../schemas/dataset-row.ts';
import { formatNumber, unitSuffix } from '../format.ts';

/** What the status needs of a target and of a result. */
export type StatusTarget = Pick<TargetRow, 'comparator' | 'value' | 'value_max' | 'unit'>;
export type StatusResult = Pick<ResultRow, 'value' | 'unit'>;

const figure = (n: number, unit: Unit | null) => `${formatNumber(n)}${unitSuffix(unit)}`;

/**
 * met / not-met / not-comparable for a result against its target. A plain figure ("=", e.g.
 * "Đạt 100%") is a level to reach, so reaching or passing it meets it; "range" is met from its
 * lower bound; "rank" (within the top N) is met by a place ≤ N. Qualitative targets, results
 * without a figure and different units are not comparable.
 */
export function computeStatus(result: StatusResult, target: StatusTarget): StatusVerdict {
  if (target.comparator === 'qualitative' || target.value === null) return { status: 'not-comparable', reason: 'chỉ tiêu không nêu con số' };
  if (result.value === null) return { status: 'not-comparable', reason: 'kết quả không nêu con số' };
  if (result.unit !== target.unit)
    return {
      status: 'not-comparable',
      reason: `khác đơn vị: ${result.unit ? UNITS[result.unit] : 'không rõ'} / ${target.unit ? UNITS[target.unit] : 'không rõ'}`,
    };
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
  const shown = `số liệu ${figure(v, result.unit)}`;
  const goal = `chỉ tiêu ${target.comparator === 'rank' ? `nhóm ${formatNumber(t)}` : figure(t, target.unit)}`;
  if (met) return { status: 'met', reason: `${shown} đạt ${goal}` };
  const word = target.comparator === '<' || target.comparator === '≤' || target.comparator === 'rank' ? 'cao hơn' : v === t ? 'chưa vượt' : 'thấp hơn';
  return { status: 'not-met', reason: `${shown} ${word} ${goal}` };
}

const PRINTED: Record<PrintedStatus, string> = { dat: 'ĐẠT', 'chua-dat': 'CHƯA ĐẠT' };

/**
 * The flag shown when the printed status contradicts the figures, e.g. "Văn bản ghi ĐẠT; số
 * liệu 6,17% thấp hơn chỉ tiêu 10%"; null when they agree or cannot be compared.
 */
export function statusDisagreement(printed: PrintedStatus | null, computed: StatusVerdict | null): string | null {
  if (!printed || !computed || computed.status === 'not-comparable') return null;
  if ((printed === 'dat') === (computed.status === 'met')) return null;
  return `Văn bản ghi ${PRINTED[printed]}; ${computed.reason}`;
}
