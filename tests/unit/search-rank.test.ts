import { describe, expect, it } from 'vitest';
import { orderByMatch, rankResults } from '../../src/lib/search/rank.ts';

describe('search result ordering', () => {
  it('keeps each result once with its best score, lifting the query as typed', () => {
    const r = rankResults(
      [
        { key: 'a', score: 1, variant: 1, item: 'a' },
        { key: 'b', score: 0.8, variant: 0, item: 'b' },
        { key: 'a', score: 0.5, variant: 0, item: 'a' },
      ],
      1.5,
    );
    expect(r.map((h) => h.item)).toEqual(['b', 'a']);
  });
  it('puts exact-diacritic matches before folded matches before the rest', () => {
    const out = orderByMatch('chuyển đổi', [
      { item: 'other', text: 'khác hẳn', isRecord: false },
      { item: 'folded', text: 'chuyen doi so', isRecord: false },
      { item: 'exact', text: 'Chuyển đổi số', isRecord: false },
    ]);
    expect(out).toEqual(['exact', 'folded', 'other']);
  });
  it('prefers target records for a query with a figure', () => {
    expect(
      orderByMatch('25% GRDP', [
        { item: 'page', text: 'x', isRecord: false },
        { item: 'record', text: 'y', isRecord: true },
      ]),
    ).toEqual(['record', 'page']);
  });
});
