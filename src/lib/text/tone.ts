/**
 * The project's single tone-mark convention (content/README.md): in an open syllable
 * ending in oa, oe or uy the mark goes on the first vowel (hòa, khỏe, thủy, Ủy), not the
 * second (hoà, khoẻ, thuỷ). "quý", "quỳ" are not affected (u belongs to qu).
 */
const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const SECOND_MARKED =
  /(?<![qQ])([oO])([aAeE])([\u0300\u0301\u0309\u0303\u0323])(?![\p{L}\p{M}])|(?<![qQ])([uU])([yY])([\u0300\u0301\u0309\u0303\u0323])(?![\p{L}\p{M}])/gu;

export interface ToneViolation {
  word: string;
  fix: string;
  line: number;
}

export function toneConventionViolations(text: string): ToneViolation[] {
  const out: ToneViolation[] = [];
  const nfd = text.normalize('NFD');
  for (const m of nfd.matchAll(SECOND_MARKED)) {
    const [first, second, tone] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
    if (!TONES.includes(tone)) continue;
    const start = nfd.slice(0, m.index).search(/[\p{L}\p{M}]*$/u);
    const word = nfd.slice(start, m.index + m[0].length).normalize('NFC');
    const fixed = (nfd.slice(start, m.index) + first + tone + second).normalize('NFC');
    const line = nfd.slice(0, m.index).split('\n').length;
    out.push({ word, fix: fixed, line });
  }
  return out;
}
