/**
 * Layout of the citation picture (issue #10), pure: national documents on the left, provincial
 * documents in the middle, the restored documents on the right, curves for "cites".
 */
import { linkHorizontal } from 'd3-shape';

export interface NetworkNode {
  id: string;
  label: string;
  column: 0 | 1 | 2;
  href: string;
  weight: number;
}
export interface NetworkEdge {
  from: string;
  to: string;
}
export interface PlacedNode extends NetworkNode {
  x: number;
  y: number;
}
export interface NetworkLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  paths: { d: string; from: string; to: string }[];
}

export function layoutNetwork(nodes: NetworkNode[], edges: NetworkEdge[], opts = { width: 1000, row: 26, top: 40 }): NetworkLayout {
  const columns = [0, 1, 2].map((c) => nodes.filter((n) => n.column === c).sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label, 'vi')));
  const rows = Math.max(...columns.map((c) => c.length));
  const height = opts.top + rows * opts.row + 20;
  const xs = [250, 560, opts.width - 220];
  const placed: PlacedNode[] = columns.flatMap((col, c) => {
    const offset = opts.top + ((rows - col.length) * opts.row) / 2;
    return col.map((n, i) => ({ ...n, x: xs[c], y: offset + i * opts.row + opts.row / 2 }));
  });
  const at = new Map(placed.map((n) => [n.id, n]));
  const link = linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>();
  const paths = edges
    .filter((e) => at.has(e.from) && at.has(e.to))
    .map((e) => {
      const a = at.get(e.from)!;
      const b = at.get(e.to)!;
      // Arrows run from the citing (right) document to the cited one (left).
      return { from: e.from, to: e.to, d: link({ source: [a.x - 6, a.y], target: [b.x + 6, b.y] })! };
    });
  return { width: opts.width, height, nodes: placed, paths };
}
