import { describe, expect, it } from 'vitest';
import { limitSameTopic } from '../../src/lib/topics.ts';

const at = (locality: string, n: number) => ({ doc: { meta: { locality } }, n });

describe('same topic in other documents', () => {
  it("lists other localities first, then the same locality's other documents", () => {
    const { shown } = limitSameTopic([at('tien-giang', 1), at('tra-vinh', 2), at('dong-thap', 3)], 'tien-giang');
    expect(shown.map((x) => x.n)).toEqual([2, 3, 1]);
  });
  it('shows at most the limit and counts the rest, so a page does not grow with the site', () => {
    const many = Array.from({ length: 300 }, (_, i) => at(`tinh-${i}`, i));
    const { shown, more } = limitSameTopic(many, null, 8);
    expect(shown).toHaveLength(8);
    expect(more).toBe(292);
  });
});
