/**
 * A long document restored in parts (content/parts/<slug>/N-*.mdx, the first with the
 * frontmatter) joined into one MDX file, pure: the bodies in order, and the reviewed source entries
 * each part lists in its N-*.source.yaml (noise, readings, furniture) added to the frontmatter.
 * `node scripts/merge-parts.ts` writes it; the content check compares it with the published file.
 */
import { parse as parseYaml, stringify } from 'yaml';
import { splitFrontmatter } from './parse.ts';

export interface DocumentPart {
  /** File name, e.g. "2-phu-luc-1-2.mdx"; parts join in the order of their names. */
  name: string;
  text: string;
  /** The part's N-*.source.yaml, if it has one. */
  sourceYaml?: string;
}

const SOURCE_KEYS = ['noise', 'readings', 'furnitureRanges', 'furniture'] as const;

export function mergeParts(parts: DocumentPart[]): string {
  const ordered = [...parts].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const first = splitFrontmatter(ordered[0].text);
  const fm = parseYaml(first.yaml);
  for (const part of ordered) {
    if (part.sourceYaml === undefined) continue;
    const add = parseYaml(part.sourceYaml) ?? {};
    for (const key of SOURCE_KEYS) if (add[key]) fm.source[key] = [...(fm.source[key] ?? []), ...add[key]];
  }
  const bodies = [first.body, ...ordered.slice(1).map((p) => p.text)];
  return `---\n${stringify(fm, { lineWidth: 0 })}---\n${bodies.map((b) => b.replace(/^\n+|\n+$/g, '')).join('\n\n')}\n`.normalize('NFC');
}

/** The first line where two texts differ (1-based), or null when they are the same. */
export function firstDifferentLine(a: string, b: string): { line: number; a: string; b: string } | null {
  if (a === b) return null;
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) if (la[i] !== lb[i]) return { line: i + 1, a: la[i] ?? '', b: lb[i] ?? '' };
  return null;
}
