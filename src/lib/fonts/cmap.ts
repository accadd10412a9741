/** Reads which code points an OpenType/TrueType font maps (its cmap table, formats 4 and 12), pure. */
export function fontCodePoints(sfnt: Uint8Array): Set<number> {
  const v = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const tables = v.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) if (String.fromCharCode(...sfnt.subarray(12 + i * 16, 16 + i * 16)) === 'cmap') cmap = v.getUint32(12 + i * 16 + 8);
  if (cmap < 0) throw new Error('font has no cmap table');
  const out = new Set<number>();
  const n = v.getUint16(cmap + 2);
  for (let i = 0; i < n; i++) {
    const sub = cmap + v.getUint32(cmap + 4 + i * 8 + 4);
    const format = v.getUint16(sub);
    if (format === 4) {
      const segs = v.getUint16(sub + 6) / 2;
      const ends = sub + 14,
        starts = ends + segs * 2 + 2,
        deltas = starts + segs * 2,
        offsets = deltas + segs * 2;
      for (let s = 0; s < segs; s++) {
        const end = v.getUint16(ends + s * 2),
          start = v.getUint16(starts + s * 2),
          delta = v.getInt16(deltas + s * 2),
          ro = v.getUint16(offsets + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          const glyph = ro === 0 ? (c + delta) & 0xffff : v.getUint16(offsets + s * 2 + ro + (c - start) * 2);
          if (glyph !== 0) out.add(c);
        }
      }
    } else if (format === 12) {
      const groups = v.getUint32(sub + 12);
      for (let g = 0; g < groups; g++) {
        const start = v.getUint32(sub + 16 + g * 12),
          end = v.getUint32(sub + 20 + g * 12);
        for (let c = start; c <= end; c++) out.add(c);
      }
    }
  }
  return out;
}

/** Characters of `text` that the original font draws but the subset lost. */
export function lostCharacters(text: string, original: Set<number>, subset: Set<number>): string[] {
  return [...new Set(text)].filter((ch) => original.has(ch.codePointAt(0)!) && !subset.has(ch.codePointAt(0)!));
}
