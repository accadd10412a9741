/**
 * The status computation the "statuses against figures" check uses: the one of src/lib/data/status.ts
 * (issue 17), behind the small interface the check needs, so a test can pass another.
 */
import { computeStatus, type StatusResult, type StatusTarget } from '../data/status.ts';
import type { ComputedStatus } from '../../schemas/computed-status.ts';

export type ComputeStatus = (result: StatusResult, target: StatusTarget) => ComputedStatus;
export const siteStatus: ComputeStatus = (result, target) => computeStatus(result, target).status;
