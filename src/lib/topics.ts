/** Groups the documents' tagged sections and marked figures by pillar and sector. */
import type { LoadedDocument } from './content/documents.ts';
import type { SiteContent } from './content/index.ts';
import { modelOf } from './content/model.ts';
import type { Mark, Section } from './document/parse.ts';
import type { Pillar } from '../schemas/pillar.ts';
import { resultRows, targetRows } from './data/dataset.ts';

export interface TaggedMark {
  doc: LoadedDocument;
  mark: Mark;
}
export interface TaggedSection {
  doc: LoadedDocument;
  section: Section;
}

/** The section a mark stands in (from the site model). */
const sectionOf = (content: SiteContent, mark: Mark): Section | undefined => modelOf(content).mark(mark.id)?.section;

/**
 * Tags of each marked figure: every tag of every record on it (records inherit all their
 * section's tags unless they override them), so a topic lists a figure under each of its tags.
 */
function markTags(content: SiteContent): Map<string, { pillars: Set<string>; sectors: Set<string> }> {
  const out = new Map<string, { pillars: Set<string>; sectors: Set<string> }>();
  for (const row of [...targetRows(content), ...resultRows(content)]) {
    const t = out.get(row.anchor) ?? { pillars: new Set<string>(), sectors: new Set<string>() };
    for (const p of row.pillar) t.pillars.add(p);
    for (const x of row.sector) t.sectors.add(x);
    out.set(row.anchor, t);
  }
  return out;
}

function markHasTag(
  content: SiteContent,
  tags: ReturnType<typeof markTags>,
  doc: LoadedDocument,
  mark: Mark,
  kind: 'pillars' | 'sectors',
  id: string,
): boolean {
  const own = tags.get(mark.id);
  return own ? own[kind].has(id) : Boolean(sectionOf(content, mark)?.[kind].includes(id));
}

/** Marks whose records carry the pillar. */
export function marksByPillar(content: SiteContent, keep: (d: LoadedDocument) => boolean = () => true): { pillar: Pillar; marks: TaggedMark[] }[] {
  const tags = markTags(content);
  return content.pillars
    .map((pillar) => ({
      pillar,
      marks: content.documents
        .filter(keep)
        .flatMap((doc) => doc.parsed.marks.filter((m) => markHasTag(content, tags, doc, m, 'pillars', pillar.id)).map((mark) => ({ doc, mark }))),
    }))
    .filter((g) => g.marks.length > 0);
}

/** Sections tagged directly with a topic (pillar or sector), per document. */
export function sectionsWithTag(content: SiteContent, kind: 'pillars' | 'sectors', id: string): TaggedSection[] {
  return content.documents.flatMap((doc) => doc.parsed.sections.filter((s) => s.own?.[kind].includes(id)).map((section) => ({ doc, section })));
}

/** Marks whose records carry a topic (from their section, own or inherited, or their own override). */
export function marksWithTag(content: SiteContent, kind: 'pillars' | 'sectors', id: string): TaggedMark[] {
  const tags = markTags(content);
  return content.documents.flatMap((doc) => doc.parsed.marks.filter((m) => markHasTag(content, tags, doc, m, kind, id)).map((mark) => ({ doc, mark })));
}

/** First words of a section's text, for a passage preview. */
export function sectionExcerpt(doc: LoadedDocument, section: Section, maxChars = 320): string {
  const text = doc.parsed.blocks
    .filter((b) => b.sectionId === section.heading.id && b.kind !== 'heading')
    .map((b) => b.text)
    .join(' ');
  return text.length > maxChars ? `${text.slice(0, maxChars).replace(/\s+\S*$/, '')} …` : text;
}

/**
 * For a section tagged with these pillars/sectors, the best matching section in each other
 * document: the first one sharing a sector, else the first sharing the first pillar, else any pillar.
 */
export function sameTopicElsewhere(content: SiteContent, currentSlug: string, pillars: string[], sectors: string[]): TaggedSection[] {
  const out: TaggedSection[] = [];
  for (const doc of content.documents) {
    if (doc.slug === currentSlug) continue;
    const tagged = doc.parsed.sections.filter((s) => s.own);
    const pick =
      (sectors.length ? tagged.find((s) => s.own!.sectors.some((x) => sectors.includes(x))) : undefined) ??
      (pillars.length ? tagged.find((s) => s.own!.pillars.includes(pillars[0])) : undefined) ??
      (pillars.length ? tagged.find((s) => s.own!.pillars.some((x) => pillars.includes(x))) : undefined);
    if (pick) out.push({ doc, section: pick });
  }
  return out;
}

/** At most this many "same topic elsewhere" links under a section; the topic page lists them all. */
export const MAX_SAME_TOPIC_LINKS = 8;

/**
 * The links shown under a section: other localities first (in content order), then other documents
 * of the same locality, capped so a page stays the same size however many documents the site holds.
 */
export function limitSameTopic<T extends { doc: { meta: { locality: string } } }>(
  found: T[],
  currentLocality: string | null,
  limit = MAX_SAME_TOPIC_LINKS,
): { shown: T[]; more: number } {
  const ordered = [...found.filter((f) => f.doc.meta.locality !== currentLocality), ...found.filter((f) => f.doc.meta.locality === currentLocality)];
  return { shown: ordered.slice(0, limit), more: Math.max(0, ordered.length - limit) };
}
