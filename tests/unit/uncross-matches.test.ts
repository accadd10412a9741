import { describe, expect, it } from 'vitest';
import { uncrossMatches } from '../../src/lib/fidelity/align.ts';
import { tokenize, type Token } from '../../src/lib/fidelity/tokens.ts';

/** Source tokens of some OCR lines, restored tokens in reading order, and matches given as [restored index, source index]. */
function setup(ocrLines: string[], restored: string, pairs: [number, number][]) {
  const source: Token[] = ocrLines.flatMap((l, i) => tokenize(l, i + 1));
  const words = tokenize(restored, 0);
  const matches = new Map(pairs.map(([r, s]) => [words[r], s] as [Token, number]));
  const readingOf = (m: Map<Token, number>) => Object.fromEntries([...m].map(([t, si]) => [source[si].raw, t.raw]));
  return { source, words, matches, readingOf };
}

describe('crossed fidelity matches', () => {
  it('trades back two header words an order-free pass gave to look-alikes on other lines', () => {
    // 573's header: "SAN" (SẢN, line 1) had taken "Số" and "S6" (Số, line 3) had taken "SẢN".
    const { source, words, matches, readingOf } = setup(['CONG SAN', 'TINH UY', 'S6 573'], 'CỘNG SẢN Số 573', [
      [0, 0],
      [1, 4],
      [2, 1],
      [3, 5],
    ]);
    const fixed = uncrossMatches(source, matches, words);
    expect(readingOf(fixed)).toEqual({ CONG: 'CỘNG', SAN: 'SẢN', S6: 'Số', '573': '573' });
  });

  it("trades header words in reading order too: the restored header's two columns say nothing of the OCR's order", () => {
    // The left column (Số …) is read before the right (… SẢN …), while the OCR printed SẢN on the first line.
    const { source, words, matches, readingOf } = setup(['CONG SAN', 'S6 573'], 'Số 573 CỘNG SẢN', [
      [0, 1],
      [1, 3],
      [2, 0],
      [3, 2],
    ]);
    expect(readingOf(uncrossMatches(source, matches, words))).toEqual(readingOf(matches));
    const fixed = uncrossMatches(source, matches, words, { orderFree: new Set(words) });
    expect(readingOf(fixed)).toEqual({ CONG: 'CỘNG', SAN: 'SẢN', S6: 'Số', '573': '573' });
  });

  it('keeps matches in reading order even when a trade would read closer (Hà Tiên writes phê as "ph6")', () => {
    const { source, words, matches, readingOf } = setup(['thanh phi5 chu tri', 'ph6 duyet'], 'thành phố chủ trì phê duyệt', [
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [5, 5],
    ]);
    expect(readingOf(uncrossMatches(source, matches, words))).toEqual(readingOf(matches));
  });

  it('never gives away a match whose letters already agree', () => {
    // Both pairs read alike and cross (a table read across its columns): nothing to trade.
    const { source, words, matches, readingOf } = setup(['tien tinh'], 'tỉnh Tiền', [
      [0, 1],
      [1, 0],
    ]);
    expect(readingOf(uncrossMatches(source, matches, words))).toEqual({ tien: 'Tiền', tinh: 'tỉnh' });
  });

  it('leaves the set of matched tokens unchanged, so the coverage is the same', () => {
    const { source, words, matches } = setup(['VIET NAM', 've nam'], 'VIỆT NAM về năm', [
      [0, 2],
      [1, 3],
      [2, 0],
      [3, 1],
    ]);
    const fixed = uncrossMatches(source, matches, words);
    expect(new Set(fixed.keys())).toEqual(new Set(matches.keys()));
    expect(new Set(fixed.values())).toEqual(new Set(matches.values()));
    expect(fixed.get(words[0])).toBe(0);
    expect(fixed.get(words[2])).toBe(2);
  });
});
