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
    out.push({ text: m[1] ?? m[2] ?? JSON.parse(`"${m[3]}"`), kind: 'ocr' });
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

function uncertainOcr(src: string): string {
  const parts: string[] = [];
  for (const m of src.matchAll(UNCERTAIN_RE)) parts.push(m[1] ?? m[2] ?? JSON.parse(`"${m[3]}"`));
  return parts.join(' ');
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

export function parseDocument(source: string): ParsedDocument {
  const { yaml, body, bodyStartLine } = splitFrontmatter(source);
  const frontmatter = yaml ? parseYaml(yaml) : {};
  const lines = body.split('\n');
  const slug = createHeadingSlugger();
  const headings: Heading[] = [];
  const sections: Section[] = [];
  const marks: Mark[] = [];
  const uncertain: UncertainReading[] = [];
  const blocks: Block[] = [];
  const problems: ParsedDocument['problems'] = [];
  const stack: Section[] = [];
  let current: Section | null = null;
  let para: { text: string[]; start: number; end: number; kind: BlockKind; footnote?: string } | null = null;
  /** Section where each footnote is first referenced: a footnote (and any figure in it) belongs there, not where its definition stands. */
  const footnoteSection = new Map<string, string | null>();
  let footnoteLabel: string | null = null;

  const sectionId = () => (footnoteLabel !== null && footnoteSection.has(footnoteLabel) ? footnoteSection.get(footnoteLabel)! : (current?.heading.id ?? null));

  const pushBlock = (kind: BlockKind, raw: string, start: number, end: number, rawCells?: string[]) => {
    if (kind !== 'footnote')
      for (const m of raw.matchAll(/\[\^([^\]]+)\]/g)) if (!footnoteSection.has(m[1])) footnoteSection.set(m[1], current?.heading.id ?? null);
    const text = inlineToPlain(raw);
    const ocrText = uncertainOcr(raw);
    if (!text && !ocrText) return;
    const anchor = kind === 'heading' ? (current?.heading.id ?? `p-${start}`) : `p-${start}`;
    const cells = rawCells?.map((c) => ({ text: inlineToPlain(c), ocrText: uncertainOcr(c), segments: segmentsOf(c) }));
    blocks.push({
      kind,
      text,
      ocrText,
      startLine: start,
      endLine: end,
      sectionId: sectionId(),
      anchor,
      segments: segmentsOf(raw),
      ...(cells ? { cells } : {}),
    });
    for (const m of raw.matchAll(UNCERTAIN_RE)) {
      uncertain.push({ ocr: m[1] ?? m[2] ?? JSON.parse(`"${m[3]}"`), reading: inlineToPlain(m[4] ?? ''), line: start, sectionId: sectionId() });
    }
    for (const m of raw.matchAll(MARK_OPEN_RE)) {
      const kindName = m[1] as 'Target' | 'Result';
      const close = raw.indexOf(`</${kindName}>`, m.index! + m[0].length);
      if (close < 0) {
        problems.push({ line: start, message: `<${kindName} id="${m[2]}"> is not closed in the same block; close it with </${kindName}>` });
        continue;
      }
      const inner = raw.slice(m.index! + m[0].length, close);
      marks.push({
        kind: kindName === 'Target' ? 'target' : 'result',
        id: m[2],
        text: inlineToPlain(inner),
        line: start,
        sectionId: sectionId(),
        blockText: text,
        uncertain: [...inner.matchAll(UNCERTAIN_RE)].map((u) => ({ reading: inlineToPlain(u[4] ?? ''), ocr: u[1] ?? u[2] ?? JSON.parse(`"${u[3]}"`) })),
      });
    }
  };

  const flush = () => {
    if (para) {
      footnoteLabel = para.footnote ?? null;
      pushBlock(para.kind, para.text.join(' '), para.start, para.end);
      footnoteLabel = null;
    }
    para = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const lineNo = bodyStartLine + i;
    const trimmed = line.trim();
    if (!trimmed) {
      flush();
      continue;
    }
    const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) {
      flush();
      const level = h[1].length;
      const text = inlineToPlain(h[2]);
      const heading: Heading = { level, text, id: slug(text), line: lineNo };
      headings.push(heading);
      while (stack.length && stack[stack.length - 1].heading.level >= level) stack.pop();
      const parent = stack[stack.length - 1];
      const section: Section = {
        heading,
        own: null,
        pillars: parent ? [...parent.pillars] : [],
        sectors: parent ? [...parent.sectors] : [],
        path: parent ? [...parent.path, parent.heading.id] : [],
      };
      sections.push(section);
      stack.push(section);
      current = section;
      pushBlock('heading', h[2], lineNo, lineNo);
      continue;
    }
    const tags = TAGS_RE.exec(trimmed);
    if (tags) {
      flush();
      const attrs = parseAttributes(tags[1]);
      const own: SectionTags = {
        pillars: (attrs.pillars ?? '').split(/\s+/).filter(Boolean),
        sectors: (attrs.sectors ?? '').split(/\s+/).filter(Boolean),
        line: lineNo,
      };
      if (!current) problems.push({ line: lineNo, message: '<Tags> stands before the first heading; put it on the line after the heading it tags' });
      else if (current.own) problems.push({ line: lineNo, message: `section "${current.heading.text}" has two <Tags>; merge them into one` });
      else {
        current.own = own;
        current.pillars = [...new Set([...current.pillars, ...own.pillars])];
        current.sectors = [...new Set([...current.sectors, ...own.sectors])];
      }
      continue;
    }
    if (/^\s*\|/.test(line)) {
      flush();
      if (/^\s*\|[\s:|-]+\|\s*$/.test(line)) continue; // delimiter row
      const cells = line
        .trim()
        .replace(/^\||\|$/g, '')
        .split(/(?<!\\)\|/);
      pushBlock('table-row', cells.join(' \u2502 '), lineNo, lineNo, cells);
      continue;
    }
    const fn = /^\[\^([^\]]+)\]:\s*(.*)$/.exec(line);
    if (fn) {
      flush();
      para = { text: [fn[2]], start: lineNo, end: lineNo, kind: 'footnote', footnote: fn[1] };
      continue;
    }
    const li = /^(\s*)[-+*]\s+(.*)$/.exec(line);
    if (li) {
      flush();
      para = { text: [li[2]], start: lineNo, end: lineNo, kind: 'list-item' };
      continue;
    }
    if (/^\s*<\/?[A-Za-z][^>]*>\s*$/.test(trimmed) && !/^<(Target|Result|Uncertain)\b/.test(trimmed)) {
      flush();
      continue; // a block-level component tag line carries no text
    }
    if (para) {
      para.text.push(trimmed);
      para.end = lineNo;
    } else para = { text: [trimmed], start: lineNo, end: lineNo, kind: 'paragraph' };
  }
  flush();
  return { frontmatter, bodyStartLine, headings, sections, marks, uncertain, blocks, problems };
}
