import { describe, expect, it } from 'vitest';
import { fidelityOf } from './helpers/fidelity-fixture.ts';

describe('fidelity checker', () => {
  it('passes a faithful restoration of an OCR text without diacritics', () => {
    const r = fidelityOf();
    expect(r.failures).toEqual([]);
    expect(r.coverage).toBeGreaterThanOrEqual(0.99);
    expect(r.furnitureLines).toBe(1);
  });

  it('fails when a sentence is dropped, naming the source lines', () => {
    const r = fidelityOf((s) => s.replace(', nâng cao hiệu quả hoạt động của các cơ quan nhà nước.', '.'));
    expect(r.passed).toBe(false);
    const missing = r.differences.find((d) => d.kind === 'missing');
    expect(missing?.sourceLines).toEqual([11, 11]);
    expect(missing?.text).toContain('nang cao');
  });

  it('fails when a number is changed', () => {
    const r = fidelityOf((s) => s.replace('chiếm 16% GRDP', 'chiếm 18% GRDP'));
    expect(r.passed).toBe(false);
    expect(r.differences.map((d) => d.kind)).toEqual(expect.arrayContaining(['number-missing', 'number-extra']));
    expect(r.differences.find((d) => d.kind === 'number-extra')?.text).toBe('18%');
  });

  it('fails when a sentence is added, naming the restored paragraph', () => {
    const r = fidelityOf((s) =>
      s.replace('nhiều phương tiện</Target>;', 'nhiều phương tiện</Target>, bảo đảm mọi người dân đều được hưởng lợi từ quá trình này;'),
    );
    expect(r.passed).toBe(false);
    const inserted = r.differences.find((d) => d.kind === 'inserted');
    expect(inserted?.text).toContain('người dân đều được hưởng lợi');
    expect(inserted?.anchor).toMatch(/^p-\d+$/);
  });

  it('maps each restored paragraph to the source lines it came from', () => {
    const r = fidelityOf();
    const target = r.paragraphs.find((p) => p.kind === 'list-item' && p.matched > 0.9);
    expect(target?.sourceLines).toEqual([13, 13]);
    const last = r.paragraphs.filter((p) => p.kind === 'paragraph').at(-1);
    expect(last?.sourceLines).toEqual([20, 21]);
  });

  it('counts a figure read through a reviewed number reading as faithful', () => {
    const r = fidelityOf((s) =>
      s.replace('100% xã', '100% xã').replace('furniture: [', 'readings: [{ line: 15, ocr: "100%", reading: "100%", why: "Thử." }]\n  furniture: ['),
    );
    expect(r.passed).toBe(true);
  });
});
