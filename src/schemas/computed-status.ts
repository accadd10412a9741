import { z } from 'zod';

/** Whether a result meets its target, worked out from the figures (src/lib/data/status.ts). */
export const COMPUTED_STATUSES = ['met', 'not-met', 'not-comparable'] as const;
export const computedStatusSchema = z.enum(COMPUTED_STATUSES);
export type ComputedStatus = z.infer<typeof computedStatusSchema>;

/** A computed status with its reason. */
export const statusVerdictSchema = z
  .object({
    status: computedStatusSchema,
    /** Why, in Vietnamese, e.g. "số liệu 6,17% thấp hơn chỉ tiêu 10%". */
    reason: z.string(),
  })
  .strict();
export type StatusVerdict = z.infer<typeof statusVerdictSchema>;
