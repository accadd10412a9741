import type { Heading } from './parse.ts';

export interface TocNode {
  heading: Heading;
  children: TocNode[];
}

/** Turns a flat heading list into a tree; a heading nests under the nearest shallower one. */
export function buildTocTree(headings: Heading[]): TocNode[] {
  const root: TocNode[] = [];
  const stack: TocNode[] = [];
  for (const heading of headings) {
    const node: TocNode = { heading, children: [] };
    while (stack.length && stack[stack.length - 1].heading.level >= heading.level) stack.pop();
    (stack.length ? stack[stack.length - 1].children : root).push(node);
    stack.push(node);
  }
  return root;
}
