/**
 * Interim status computation for the "statuses against figures" check, behind the small
 * interface the check needs. The claims work (issue 17) owns the real rule in
 * src/lib/data/status.ts; when it lands, the check takes that function instead of this one.
 */
import type { ComputedStatus } from './rules.ts';

export interface StatusInput {
  value: number | null;
  unit: string | null;
  target: { comparator: string; value: number | null; value_max: number | null; unit: string | null };
}
export type ComputeStatus = (input: StatusInput) => ComputedStatus;

/** Met when a figure in the target's unit reaches a "≥", ">" or "=" ("đạt 60%") target; anything else is not comparable. */
export const interimStatus: ComputeStatus = ({ value, unit, target }) => {
  if (value === null || target.value === null || unit === null || unit !== target.unit) return 'not-comparable';
  if (target.comparator === '≥' || target.comparator === '=') return value >= target.value ? 'met' : 'not-met';
  if (target.comparator === '>') return value > target.value ? 'met' : 'not-met';
  return 'not-comparable';
};
