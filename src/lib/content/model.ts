/**
 * The site model: what pages need from the loaded, validated content, derived once. Id maps
 * (documents, localities, provinces, pillars, sectors, indicators), document labels, the context
 * of every marked figure (document, section, tags) and of every heading. Pages, components and
 * the dataset look things up here, never with a linear search of their own.
 * Data flows one way: load (content/index.ts) → validate → model → pages.
 */
import { getContent, type SiteContent } from './index.ts';
import type { LoadedDocument } from './documents.ts';
import type { Mark, Section } from '../document/parse.ts';
import { DOC_TYPES } from '../../schemas/document.ts';
import { UNITS } from '../../schemas/indicator.ts';
import { LEVELS } from '../../schemas/comparability.ts';
import type { Lang } from '../../i18n/index.ts';

/** Vietnamese labels of the enumerations whose English labels live in content/vocab/en.yaml. */
const VI_LABELS = {
  docTypes: DOC_TYPES,
  units: UNITS,
  levels: LEVELS,
  localityLevels: { tinh: 'Tỉnh', 'thanh-pho-thuoc-tinh': 'Thành phố thuộc tỉnh' },
  pillarKinds: { 'tru-cot': 'Trụ cột', 'nen-tang': 'Nền tảng' },
  resultStatuses: { dat: 'Đạt', 'chua-dat': 'Chưa đạt' },
} as const;

/** A marked target or result sentence in its place: the document, the section and the section's tags. */
export interface MarkContext { doc: LoadedDocument; mark: Mark; section: Section | undefined; pillars: string[]; sectors: string[] }

/** Items by key; the first item wins, as a linear search would find it. */
function byKey<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T> {
  const map = new Map<K, T>();
  for (const item of items) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}

/** The entry with this id; a missing one is a bug in the validated content, so it throws naming the id. */
function lookup<T>(map: Map<string, T>, what: string) {
  return (id: string): T => {
    const found = map.get(id);
    if (!found) throw new Error(`site model: unknown ${what} "${id}"`);
    return found;
  };
}

export function buildSiteModel(content: SiteContent) {
  const documents = byKey(content.documents, (d) => d.slug);
  const localities = byKey(content.localities, (l) => l.id);
  const provinces = byKey(content.provinces, (p) => p.id);
  const pillars = byKey(content.pillars, (p) => p.id);
  const sectors = byKey(content.sectors, (s) => s.id);
  const indicators = byKey(content.indicators, (i) => i.id);
  const targets = byKey(content.targets, (t) => t.id);
  const byNumber = new Map<string, LoadedDocument[]>();
  for (const d of content.documents) if (d.meta.number) byNumber.set(d.meta.number, [...(byNumber.get(d.meta.number) ?? []), d]);
  const marks = new Map<string, MarkContext>();
  const headings = new Map<LoadedDocument, Map<string, string>>();
  const sectionsOf = new Map<LoadedDocument, Map<string, Section>>();
  for (const doc of content.documents) {
    const sections = byKey(doc.parsed.sections, (s) => s.heading.id);
    sectionsOf.set(doc, sections);
    headings.set(doc, new Map([...byKey(doc.parsed.headings, (h) => h.id)].map(([id, h]) => [id, h.text])));
    for (const m of doc.parsed.marks) {
      const section = m.sectionId ? sections.get(m.sectionId) : undefined;
      marks.set(m.id, { doc, mark: m, section, pillars: section?.pillars ?? [], sectors: section?.sectors ?? [] });
    }
  }
  const locality = lookup(localities, 'locality');
  /** "Kế hoạch": the document's type, in Vietnamese. */
  const documentType = (doc: LoadedDocument) => DOC_TYPES[doc.meta.docType];
  /** "Kế hoạch 112/KH-UBND": the document's type and printed number (type alone when none is printed). */
  const documentLabel = (doc: LoadedDocument) => `${documentType(doc)}${doc.meta.number ? ` ${doc.meta.number}` : ''}`;
  /**
   * Names and definitions in one language: Vietnamese from the vocabularies, English from
   * content/vocab/en.yaml (complete by the content check, so a lookup cannot fall back).
   */
  const english = content.english?.vocab;
  const en = {
    localities: byKey(english?.localities ?? [], (e) => e.id),
    provinces: byKey(english?.provinces ?? [], (e) => e.id),
    pillars: byKey(english?.pillars ?? [], (e) => e.id),
    sectors: byKey(english?.sectors ?? [], (e) => e.id),
    indicators: byKey(english?.indicators ?? [], (e) => e.id),
  };
  const namesIn = (lang: Lang) => {
    const labels = lang === 'vi' || !english ? VI_LABELS : english;
    const pick = <V, E>(vi: V, enMap: Map<string, E>, id: string, what: string): V | E => {
      if (lang === 'vi') return vi;
      const hit = enMap.get(id);
      if (!hit) throw new Error(`site model: no English ${what} "${id}" in content/vocab/en.yaml`);
      return hit;
    };
    const localityIn = (id: string) => pick(locality(id), en.localities, id, 'locality');
    const docType = (t: keyof typeof DOC_TYPES) => labels.docTypes[t];
    const label = (doc: LoadedDocument) => `${docType(doc.meta.docType)}${doc.meta.number ? ` ${doc.meta.number}` : ''}`;
    return {
      lang,
      locality: (id: string) => ({ ...locality(id), ...localityIn(id) }),
      localityName: (id: string) => localityIn(id).name,
      provinceName: (id: string) => pick(provinces.get(id)!, en.provinces, id, 'province')?.name,
      pillar: (id: string) => ({ ...lookup(pillars, 'pillar')(id), ...pick(lookup(pillars, 'pillar')(id), en.pillars, id, 'pillar') }),
      sector: (id: string) => ({ ...lookup(sectors, 'sector')(id), ...pick(lookup(sectors, 'sector')(id), en.sectors, id, 'sector') }),
      indicator: (id: string) => ({ ...lookup(indicators, 'indicator')(id), ...pick(lookup(indicators, 'indicator')(id), en.indicators, id, 'indicator') }),
      docType,
      unit: (u: keyof typeof UNITS) => labels.units[u],
      level: (l: keyof typeof LEVELS) => labels.levels[l],
      localityLevel: (l: keyof typeof VI_LABELS.localityLevels) => labels.localityLevels[l],
      pillarKind: (k: keyof typeof VI_LABELS.pillarKinds) => labels.pillarKinds[k],
      resultStatus: (s: keyof typeof VI_LABELS.resultStatuses) => labels.resultStatuses[s],
      /** "Kế hoạch 112/KH-UBND" / "Plan 112/KH-UBND". */
      documentLabel: label,
      documentLabelOf: (slug: string) => label(lookup(documents, 'document')(slug)),
      /** The document's subject: the printed trích yếu, or the English abstract's rendering of it. */
      documentTitle: (doc: LoadedDocument) => (lang === 'vi' ? doc.meta.title : (content.english?.abstracts.get(doc.slug)?.title ?? doc.meta.title)),
      documentLocalityNames: () =>
        content.localities.filter((l) => content.documents.some((d) => d.meta.locality === l.id)).map((l) => localityIn(l.id).name),
    };
  };
  return {
    content,
    /** Names, labels and document labels in `lang`. */
    namesIn,
    document: lookup(documents, 'document'),
    findDocument: (slug: string) => documents.get(slug),
    locality,
    localityName: (id: string) => locality(id).name,
    province: (id: string) => provinces.get(id),
    pillar: lookup(pillars, 'pillar'),
    sector: lookup(sectors, 'sector'),
    indicator: lookup(indicators, 'indicator'),
    /** Whether an indicator is a composite index (it belongs to no pillar); false for an unknown id. */
    isCompositeIndicator: (id: string) => indicators.get(id)?.pillar === null,
    /** The target record with this id (undefined when there is none, e.g. a result's target left open). */
    findTarget: (id: string) => targets.get(id),
    /** Context of a marked sentence by its id (target or result anchor). */
    mark: (id: string) => marks.get(id),
    /** The section of `doc` that a heading id opens. */
    section: (doc: LoadedDocument, id: string) => sectionsOf.get(doc)?.get(id),
    /** Text of a heading of `doc` by its id. */
    headingText: (doc: LoadedDocument, id: string) => headings.get(doc)!.get(id),
    documentType,
    documentLabel,
    /**
     * The restored document printed with `number` (the first, in content order): for a national
     * number (scope "trung-uong") any; for a local one only a document of `locality`.
     */
    documentNumbered: (number: string, scope: 'trung-uong' | 'dia-phuong', locality: string | null): LoadedDocument | undefined =>
      byNumber.get(number)?.find((d) => scope === 'trung-uong' || d.meta.locality === locality),
    /** "Kế hoạch 112/KH-UBND (Tiền Giang)": label and locality, as search filters and lists show it. */
    documentLabelWithLocality: (doc: LoadedDocument) => `${documentLabel(doc)} (${locality(doc.meta.locality).name})`,
    /** Names of the localities that have documents, in vocabulary order ("Trà Vinh, Tiền Giang, …" in descriptions). */
    documentLocalityNames: () => content.localities.filter((l) => content.documents.some((d) => d.meta.locality === l.id)).map((l) => l.name),
  };
}
export type SiteModel = ReturnType<typeof buildSiteModel>;

const models = new WeakMap<SiteContent, SiteModel>();
/** The model of `content` (built once per content). */
export function modelOf(content: SiteContent): SiteModel {
  let model = models.get(content);
  if (!model) models.set(content, (model = buildSiteModel(content)));
  return model;
}

/** The model of the site's content (content root: CDS_CONTENT_ROOT, default the project root). */
export const siteModel = (): SiteModel => modelOf(getContent());
