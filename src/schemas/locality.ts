import { z } from 'zod';
import { asciiId, nfcText } from './common.ts';

/** A locality (province or provincial city) whose documents the site holds. */
export const localitySchema = z
  .object({
    /** ASCII slug, e.g. "ha-tien". */
    id: asciiId,
    /** Name as Vietnamese readers write it, e.g. "Hà Tiên". */
    name: nfcText,
    /** Administrative level when the documents were issued: tỉnh or thành phố thuộc tỉnh. */
    level: z.enum(['tinh', 'thanh-pho-thuoc-tinh']),
    /** Province the locality belonged to when its documents were issued (null for a province). */
    provinceAtIssue: asciiId.nullable(),
    /** Province whose territory includes it after the 1 July 2025 reorganisation. */
    provinceSince2025: asciiId,
    /** Administrative history, including the 1 July 2025 reorganisation, in Vietnamese. */
    history: nfcText,
  })
  .strict();
export type Locality = z.infer<typeof localitySchema>;

/** A province named in locality histories. */
export const provinceSchema = z
  .object({
    /** ASCII slug. */
    id: asciiId,
    /** Vietnamese name. */
    name: nfcText,
  })
  .strict();
export type Province = z.infer<typeof provinceSchema>;
