/**
 * The tables of a restored document, read from its MDX (GFM pipe tables), in document order:
 * the same order in which src/lib/markdown/table-ids.mjs numbers them on the page, so table n
 * here is `#bang-n` there and `/van-ban/<slug>/bang-n.csv`.
 */
import { inlineToPlain, splitFrontmatter } from '../document/parse.ts';

export interface DocTable {
  /** 1-based position among the document's tables. */
  index: number;
  /** 1-based MDX line of the header row. */
  line: number;
  header: string[];
  /** Body rows; `group` when the first cell is printed in bold (a group or subtotal row). */
  rows: { line: number; cells: string[]; group: boolean; /** Cells as MDX, to see markers such as <Uncertain>. */ raw: string[] }[];
}

const rawCells = (line: string) =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
const splitCells = (line: string) => rawCells(line).map((c) => inlineToPlain(c));
const isDelimiter = (line: string) => /^\s*\|[\s:|-]+\|\s*$/.test(line);

export function extractTables(source: string): DocTable[] {
  const { body, bodyStartLine } = splitFrontmatter(source);
  const lines = body.split('\n');
  const tables: DocTable[] = [];
  let current: DocTable | null = null;
  lines.forEach((line, i) => {
    const lineNo = bodyStartLine + i;
    if (!/^\s*\|/.test(line)) {
      current = null;
      return;
    }
    if (!current) {
      current = { index: tables.length + 1, line: lineNo, header: splitCells(line), rows: [] };
      tables.push(current);
      return;
    }
    if (isDelimiter(line)) return;
    current.rows.push({ line: lineNo, cells: splitCells(line), group: /^\s*\|\s*\*\*/.test(line), raw: rawCells(line) });
  });
  return tables;
}
