import { z } from 'zod';
import { asciiId, nfcText } from './common.ts';

/** A priority sector for digital transformation. */
export const sectorSchema = z
  .object({
    /** ASCII slug, e.g. "nong-nghiep". */
    id: asciiId,
    /** Vietnamese name, e.g. "Nông nghiệp". */
    name: nfcText,
    /** True for the 8 priority sectors of Quyết định 749/QĐ-TTg; false for those the local documents add. */
    in749: z.boolean(),
  })
  .strict();
export type Sector = z.infer<typeof sectorSchema>;
