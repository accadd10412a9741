/**
 * A small, dependency-free reader for the project's restored-document MDX dialect
 * (docs/restoration-guide.md). Astro renders the MDX; this module gives scripts,
 * checks and pages the same structure without rendering: headings with their
 * ASCII ids, section tags, marked targets/results, uncertain readings, and plain-text
 * blocks with their line numbers (for the fidelity map).
 */
import { parse as parseYaml } from 'yaml';
import { slugify } from '../text/fold.ts';

export interface Heading {
  level: number;
  text: string;
  id: string;
  /** 1-based line in the MDX file. */
  line: number;
}

export interface SectionTags {
  pillars: string[];
  sectors: string[];
  /** 1-based line of the <Tags> element. */
  line: number;
}

export interface Section {
  heading: Heading;
  /** Tags written directly under this heading (null when none). */
  own: SectionTags | null;
  /** Own tags merged with every ancestor's. */
  pillars: string[];
  sectors: string[];
  /** Ids of ancestors, outermost first. */
  path: string[];
}

export type MarkKind = 'target' | 'result';

export interface Mark {
  kind: MarkKind;
  id: string;
  /** Plain text inside the mark. */
  text: string;
  line: number;
  /** Id of the innermost heading above the mark (null before the first heading). */
  sectionId: string | null;
  /** The plain text of the whole block (paragraph, list item or table row) holding the mark. */
  blockText: string;
  /** Uncertain readings inside the mark, so a record can say its figure is an uncertain reading. */
  uncertain: { reading: string; ocr: string }[];
}

export interface UncertainReading {
  /** Raw OCR text recorded in the marker. */
  ocr: string;
  /** Best reading, '' when nothing could be read. */
  reading: string;
  line: number;
  sectionId: string | null;
}

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-row' | 'footnote';

export interface Block {
  kind: BlockKind;
  /** Plain text as a reader sees it (markup removed). */
  text: string;
  /** Text the fidelity checker may treat as accounted for in the source (raw OCR of uncertain markers). */
  ocrText: string;
  startLine: number;
  endLine: number;
  sectionId: string | null;
  /** Stable id for the block, usable as a fragment: `p-<line>`; headings use their heading id. */
  anchor: string;
  /** Table rows only: each cell's text and uncertain OCR, left to right. */
  cells?: { text: string; ocrText: string; segments: Segment[] }[];
  /** The block's words in order, with uncertain readings and their OCR at the place they stand. */
  segments: Segment[];
}

/** A run of a block's text: plain words, an uncertain reading, or the OCR an uncertain marker records. */
export interface Segment {
  text: string;
  kind: 'text' | 'reading' | 'ocr';
}

/** Splits inline MDX into plain text and uncertain-marker parts, keeping their order. */
export function segmentsOf(raw: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of raw.matchAll(UNCERTAIN_RE)) {
    out.push({ text: inlineToPlain(raw.slice(last, m.index)), kind: 'text' });
    out.push({ text: markerOcr(m), kind: 'ocr' });
    out.push({ text: inlineToPlain(m[4] ?? ''), kind: 'reading' });
    last = m.index! + m[0].length;
  }
  out.push({ text: inlineToPlain(raw.slice(last)), kind: 'text' });
  return out.filter((s) => s.text);
}

export interface ParsedDocument {
  frontmatter: unknown;
  /** Line (1-based) where the body starts. */
  bodyStartLine: number;
  headings: Heading[];
  sections: Section[];
  marks: Mark[];
  uncertain: UncertainReading[];
  blocks: Block[];
  /** Problems the parser itself can see (malformed tags), with line numbers. */
  problems: { line: number; message: string }[];
}

const TAGS_RE = /^<Tags\s+([^>]*?)\/>\s*$/;
const ATTR_RE = /(\w+)=(?:"([^"]*)"|'([^']*)'|\{"((?:[^"\\]|\\.)*)"\})/g;
const UNCERTAIN_RE = /<Uncertain\s+ocr=(?:"([^"]*)"|'([^']*)'|\{"((?:[^"\\]|\\.)*)"\})\s*(?:\/>|>([\s\S]*?)<\/Uncertain>)/g;
const MARK_OPEN_RE = /<(Target|Result)\s+id="([^"]+)"\s*>/g;

export function parseAttributes(src: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of src.matchAll(ATTR_RE)) {
    out[m[1]] = m[2] ?? m[3] ?? JSON.parse(`"${m[4]}"`);
  }
  return out;
}

/** Removes Markdown/MDX markup from one line of inline content, keeping the words a reader sees. */
export function inlineToPlain(src: string): string {
  return src
    .replace(UNCERTAIN_RE, (_m, a, b, c, reading) => reading ?? '')
    .replace(/<Unprinted\b[^>]*\/>/g, '') // an editorial "not printed" marker carries no words of the document
    .replace(/<\/?(Target|Result)\b[^>]*>/g, '')
    .replace(/<br\s*\/?>/g, ' ')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/\*\*|__/g, '')
    .replace(/(^|[^\\])\*/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>)])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The OCR an uncertain marker records, however its attribute is quoted. */
function markerOcr(m: RegExpMatchArray): string {
  return m[1] ?? m[2] ?? JSON.parse(`"${m[3]}"`);
}

function uncertainOcr(src: string): string {
  return [...src.matchAll(UNCERTAIN_RE)].map(markerOcr).join(' ');
}

export function splitFrontmatter(source: string): { yaml: string; body: string; bodyStartLine: number } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!m) return { yaml: '', body: source, bodyStartLine: 1 };
  const bodyStartLine = m[0].split('\n').length;
  return { yaml: m[1], body: source.slice(m[0].length), bodyStartLine: m[0].endsWith('\n') ? bodyStartLine : bodyStartLine + 1 };
}

/** Heading id generator identical to the site's Sätteri plugin (src/lib/markdown/ascii-heading-ids.mjs). */
export function createHeadingSlugger(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text: string) => {
    const base = slugify(text) || 'muc';
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n ? `${base}-${n}` : base;
  };
}

/** One body line, classified in the order the dialect gives precedence. */
type Line =
  | { kind: 'blank' }
  | { kind: 'heading'; level: number; raw: string }
  | { kind: 'tags'; attributes: string }
  | { kind: 'table-delimiter' }
  | { kind: 'table-row'; cells: string[] }
  | { kind: 'footnote'; label: string; raw: string }
  | { kind: 'list-item'; raw: string }
  | { kind: 'component-tag' }
  | { kind: 'text'; raw: string };

function classifyLine(line: string): Line {
  const trimmed = line.trim();
  if (!trimmed) return { kind: 'blank' };
  const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
  if (h) return { kind: 'heading', level: h[1].length, raw: h[2] };
  const tags = TAGS_RE.exec(trimmed);
  if (tags) return { kind: 'tags', attributes: tags[1] };
  if (/^\s*\|/.test(line)) {
    if (/^\s*\|[\s:|-]+\|\s*$/.test(line)) return { kind: 'table-delimiter' };
    const cells = line
      .trim()
      .replace(/^\||\|$/g, '')
      .split(/(?<!\\)\|/);
    return { kind: 'table-row', cells };
  }
  const fn = /^\[\^([^\]]+)\]:\s*(.*)$/.exec(line);
  if (fn) return { kind: 'footnote', label: fn[1], raw: fn[2] };
  const li = /^(\s*)[-+*]\s+(.*)$/.exec(line);
  if (li) return { kind: 'list-item', raw: li[2] };
  // A block-level component tag line carries no text.
  if (/^\s*<\/?[A-Za-z][^>]*>\s*$/.test(trimmed) && !/^<(Target|Result|Uncertain)\b/.test(trimmed)) return { kind: 'component-tag' };
  return { kind: 'text', raw: trimmed };
}

type BodyParts = Omit<ParsedDocument, 'frontmatter' | 'bodyStartLine'>;

/** A paragraph, list item or footnote still collecting its lines. */
interface OpenBlock {
  text: string[];
  start: number;
  end: number;
  kind: BlockKind;
  footnote?: string;
}

/** Reads the body line by line; each kind of line has its own pass. */
class BodyReader {
  readonly parts: BodyParts = { headings: [], sections: [], marks: [], uncertain: [], blocks: [], problems: [] };
  private readonly slug = createHeadingSlugger();
  private readonly stack: Section[] = [];
  private current: Section | null = null;
  private open: OpenBlock | null = null;
  /** Section where each footnote is first referenced: a footnote (and any figure in it) belongs there, not where its definition stands. */
  private readonly footnoteSection = new Map<string, string | null>();
  private footnoteLabel: string | null = null;

  read(line: Line, lineNo: number): void {
    switch (line.kind) {
      case 'blank':
      case 'table-delimiter':
      case 'component-tag':
        return this.flush();
      case 'heading':
        this.flush();
        return this.openSection(line.level, line.raw, lineNo);
      case 'tags':
        this.flush();
        return this.tagSection(line.attributes, lineNo);
      case 'table-row':
        this.flush();
        return this.addBlock('table-row', line.cells.join(' \u2502 '), lineNo, lineNo, line.cells);
      case 'footnote':
        this.flush();
        this.open = { text: [line.raw], start: lineNo, end: lineNo, kind: 'footnote', footnote: line.label };
        return;
      case 'list-item':
        this.flush();
        this.open = { text: [line.raw], start: lineNo, end: lineNo, kind: 'list-item' };
        return;
      case 'text':
        if (this.open) {
          this.open.text.push(line.raw);
          this.open.end = lineNo;
        } else this.open = { text: [line.raw], start: lineNo, end: lineNo, kind: 'paragraph' };
    }
  }

  /** Ends the open paragraph, list item or footnote. */
  flush(): void {
    if (this.open) {
      this.footnoteLabel = this.open.footnote ?? null;
      this.addBlock(this.open.kind, this.open.text.join(' '), this.open.start, this.open.end);
      this.footnoteLabel = null;
    }
    this.open = null;
  }

  private sectionId(): string | null {
    const label = this.footnoteLabel;
    return label !== null && this.footnoteSection.has(label) ? this.footnoteSection.get(label)! : (this.current?.heading.id ?? null);
  }

  /** A heading opens a section nested under the nearest higher heading, inheriting its tags. */
  private openSection(level: number, raw: string, lineNo: number): void {
    const text = inlineToPlain(raw);
    const heading: Heading = { level, text, id: this.slug(text), line: lineNo };
    this.parts.headings.push(heading);
    while (this.stack.length && this.stack[this.stack.length - 1].heading.level >= level) this.stack.pop();
    const parent = this.stack[this.stack.length - 1];
    const section: Section = {
      heading,
      own: null,
      pillars: parent ? [...parent.pillars] : [],
      sectors: parent ? [...parent.sectors] : [],
      path: parent ? [...parent.path, parent.heading.id] : [],
    };
    this.parts.sections.push(section);
    this.stack.push(section);
    this.current = section;
    this.addBlock('heading', raw, lineNo, lineNo);
  }

  /** `<Tags>` under a heading: the section's own tags, merged into what it inherits. */
  private tagSection(attributes: string, lineNo: number): void {
    const attrs = parseAttributes(attributes);
    const own: SectionTags = {
      pillars: (attrs.pillars ?? '').split(/\s+/).filter(Boolean),
      sectors: (attrs.sectors ?? '').split(/\s+/).filter(Boolean),
      line: lineNo,
    };
    const current = this.current;
    if (!current) this.parts.problems.push({ line: lineNo, message: '<Tags> stands before the first heading; put it on the line after the heading it tags' });
    else if (current.own) this.parts.problems.push({ line: lineNo, message: `section "${current.heading.text}" has two <Tags>; merge them into one` });
    else {
      current.own = own;
      current.pillars = [...new Set([...current.pillars, ...own.pillars])];
      current.sectors = [...new Set([...current.sectors, ...own.sectors])];
    }
  }

  /** One block, with the uncertain readings and marks it holds. */
  private addBlock(kind: BlockKind, raw: string, start: number, end: number, rawCells?: string[]): void {
    if (kind !== 'footnote') this.noteFootnoteReferences(raw);
    const text = inlineToPlain(raw);
    const ocrText = uncertainOcr(raw);
    if (!text && !ocrText) return;
    const anchor = kind === 'heading' ? (this.current?.heading.id ?? `p-${start}`) : `p-${start}`;
    const cells = rawCells?.map((c) => ({ text: inlineToPlain(c), ocrText: uncertainOcr(c), segments: segmentsOf(c) }));
    const sectionId = this.sectionId();
    this.parts.blocks.push({ kind, text, ocrText, startLine: start, endLine: end, sectionId, anchor, segments: segmentsOf(raw), ...(cells ? { cells } : {}) });
    for (const m of raw.matchAll(UNCERTAIN_RE)) this.parts.uncertain.push({ ocr: markerOcr(m), reading: inlineToPlain(m[4] ?? ''), line: start, sectionId });
    this.addMarks(raw, text, start, sectionId);
  }

  /** Footnotes belong to the section of their first reference. */
  private noteFootnoteReferences(raw: string): void {
    for (const m of raw.matchAll(/\[\^([^\]]+)\]/g)) if (!this.footnoteSection.has(m[1])) this.footnoteSection.set(m[1], this.current?.heading.id ?? null);
  }

  private addMarks(raw: string, blockText: string, line: number, sectionId: string | null): void {
    for (const m of raw.matchAll(MARK_OPEN_RE)) {
      const kindName = m[1] as 'Target' | 'Result';
      const close = raw.indexOf(`</${kindName}>`, m.index! + m[0].length);
      if (close < 0) {
        this.parts.problems.push({ line, message: `<${kindName} id="${m[2]}"> is not closed in the same block; close it with </${kindName}>` });
        continue;
      }
      const inner = raw.slice(m.index! + m[0].length, close);
      this.parts.marks.push({
        kind: kindName === 'Target' ? 'target' : 'result',
        id: m[2],
        text: inlineToPlain(inner),
        line,
        sectionId,
        blockText,
        uncertain: [...inner.matchAll(UNCERTAIN_RE)].map((u) => ({ reading: inlineToPlain(u[4] ?? ''), ocr: markerOcr(u) })),
      });
    }
  }
}

export function parseDocument(source: string): ParsedDocument {
  const { yaml, body, bodyStartLine } = splitFrontmatter(source);
  const reader = new BodyReader();
  body.split('\n').forEach((line, i) => reader.read(classifyLine(line), bodyStartLine + i));
  reader.flush();
  return { frontmatter: yaml ? parseYaml(yaml) : {}, bodyStartLine, ...reader.parts };
}
