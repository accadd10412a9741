import { describe, expect, it } from 'vitest';
import { layoutNetwork } from '../../src/lib/compare/network-layout.ts';

describe('citation picture layout', () => {
  const l = layoutNetwork(
    [
      { id: 'qd749', label: 'QĐ 749', column: 0, href: '/a', weight: 5 },
      { id: 'kh370', label: 'KH 370', column: 1, href: '/b', weight: 2 },
      { id: 'doc:a', label: 'A', column: 2, href: '/c', weight: 0 },
    ],
    [
      { from: 'doc:a', to: 'qd749' },
      { from: 'doc:a', to: 'kh370' },
      { from: 'doc:a', to: 'missing' },
    ],
  );
  it('puts national, provincial and restored documents in three columns, left to right', () => {
    const x = Object.fromEntries(l.nodes.map((n) => [n.id, n.x]));
    expect(x.qd749).toBeLessThan(x.kh370);
    expect(x.kh370).toBeLessThan(x['doc:a']);
  });
  it('draws one curve per citation and drops citations of unknown nodes', () => {
    expect(l.paths).toHaveLength(2);
    expect(l.paths[0].d).toMatch(/^M[\d.]+,[\d.]+C/);
  });
});
