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
  const marks = new Map<string, MarkContext>();
  const headings = new Map<LoadedDocument, Map<string, string>>();
  for (const doc of content.documents) {
    const sections = byKey(doc.parsed.sections, (s) => s.heading.id);
    headings.set(doc, new Map([...byKey(doc.parsed.headings, (h) => h.id)].map(([id, h]) => [id, h.text])));
    for (const m of doc.parsed.marks) {
      const section = m.sectionId ? sections.get(m.sectionId) : undefined;
      marks.set(m.id, { doc, mark: m, section, pillars: section?.pillars ?? [], sectors: section?.sectors ?? [] });
    }
  }
  const locality = lookup(localities, 'locality');
  /** "Kế hoạch 112/KH-UBND": the document's type and printed number (type alone when none is printed). */
  const documentLabel = (doc: LoadedDocument) => `${DOC_TYPES[doc.meta.docType]}${doc.meta.number ? ` ${doc.meta.number}` : ''}`;
  return {
    content,
    document: lookup(documents, 'document'),
    findDocument: (slug: string) => documents.get(slug),
    locality,
    localityName: (id: string) => locality(id).name,
    province: (id: string) => provinces.get(id),
    pillar: lookup(pillars, 'pillar'),
    sector: lookup(sectors, 'sector'),
    indicator: lookup(indicators, 'indicator'),
    /** Context of a marked sentence by its id (target or result anchor). */
    mark: (id: string) => marks.get(id),
    /** Text of a heading of `doc` by its id. */
    headingText: (doc: LoadedDocument, id: string) => headings.get(doc)!.get(id),
    documentLabel,
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
