import { z } from 'zod';
import { asciiId, nfcText } from './common.ts';

/** A pillar of digital transformation (chính quyền số, kinh tế số, xã hội số) or a cross-cutting foundation. */
export const pillarSchema = z
  .object({
    /** ASCII slug, e.g. "chinh-quyen-so". */
    id: asciiId,
    /** Vietnamese name, e.g. "Chính quyền số". */
    name: nfcText,
    /** "tru-cot" for the three pillars of 749/QĐ-TTg, "nen-tang" for a foundation (hạ tầng số, dữ liệu số ...). */
    kind: z.enum(['tru-cot', 'nen-tang']),
    /** One-sentence scope note shown on the pillar page. */
    description: nfcText,
  })
  .strict();
export type Pillar = z.infer<typeof pillarSchema>;
