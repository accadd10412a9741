import { z } from 'zod';
import { asciiId, nfcText } from './common.ts';
import { DOC_TYPES } from './document.ts';
import { UNITS } from './indicator.ts';
import { levelSchema, printedStatusSchema } from './target.ts';
import { localitySchema } from './locality.ts';
import { pillarSchema } from './pillar.ts';

/** A map with exactly the keys of an enumeration, each an English label. */
const labelsFor = <K extends string>(keys: readonly K[]) => z.object(Object.fromEntries(keys.map((k) => [k, nfcText])) as Record<K, typeof nfcText>).strict();

/**
 * English names and definitions (content/vocab/en.yaml) for the English edition. Every id of the
 * Vietnamese vocabularies must have its entry and no entry may name an unknown id (checked in
 * src/lib/content/english.ts), so a new pillar or indicator cannot ship half-translated.
 */
export const englishVocabSchema = z
  .object({
    /** Localities: English-context name (diacritics kept) and the history, 2025 reorganisation included. */
    localities: z.array(z.object({ id: asciiId, name: nfcText, history: nfcText }).strict()),
    provinces: z.array(z.object({ id: asciiId, name: nfcText }).strict()),
    pillars: z.array(z.object({ id: asciiId, name: nfcText, description: nfcText }).strict()),
    /** Labels of the pillar kinds (tru-cot, nen-tang). */
    pillarKinds: labelsFor(pillarSchema.shape.kind.options),
    sectors: z.array(z.object({ id: asciiId, name: nfcText }).strict()),
    /** Indicators: name, definition and one comparability note per Vietnamese note, in the same order. */
    indicators: z.array(z.object({ id: asciiId, name: nfcText, definition: nfcText, comparability: z.array(nfcText) }).strict()),
    docTypes: labelsFor(Object.keys(DOC_TYPES) as (keyof typeof DOC_TYPES)[]),
    units: labelsFor(Object.keys(UNITS) as (keyof typeof UNITS)[]),
    /** Administrative levels of figures (tinh, huyen, xa). */
    levels: labelsFor(levelSchema.options),
    /** Administrative levels of localities (tinh, thanh-pho-thuoc-tinh). */
    localityLevels: labelsFor(localitySchema.shape.level.options),
    /** Result statuses as the documents assess them. */
    resultStatuses: labelsFor(printedStatusSchema.options),
    /** Glossary entries: the English expansion of an abbreviation (null for a term) and the explanation; the term stays Vietnamese. */
    glossary: z.array(z.object({ id: asciiId, expansion: nfcText.nullable(), definition: nfcText }).strict()).default([]),
  })
  .strict();
export type EnglishVocab = z.infer<typeof englishVocabSchema>;

/** An unofficial English summary of a restored document (content/abstracts/en/<slug>.md frontmatter). */
export const englishAbstractSchema = z
  .object({
    /** English rendering of the trích yếu (subject line), for headings and citations' English context. */
    title: nfcText,
    /** Who wrote the summary and from what, shown under it. */
    writtenFrom: nfcText,
  })
  .strict();
export type EnglishAbstract = z.infer<typeof englishAbstractSchema>;
