/**
 * Invented names for the synthetic scale corpus (issue #12): every real place and signer named in
 * the five documents becomes a name built on "Mẫu <syllable>" (sample), so no synthetic page can
 * pass for a real province. Names carry no digits: a digit in a name is a figure to the fidelity
 * checker, and a name the OCR garbled beyond recognition would then count as a number difference.
 * Pure: text in, text out.
 */
import { tokenize, tokensMatch, type Token } from '../../../src/lib/fidelity/tokens.ts';
import { slugify, stripDiacritics } from '../../../src/lib/text/fold.ts';

/** Syllables of the invented province names; their ASCII slugs are distinct. */
const SYLLABLES = [
  'An',
  'Bách',
  'Bích',
  'Cẩm',
  'Chi',
  'Cúc',
  'Dạ',
  'Diệp',
  'Đào',
  'Đăng',
  'Đình',
  'Gấm',
  'Gia',
  'Giao',
  'Hạc',
  'Hằng',
  'Hiền',
  'Hương',
  'Khánh',
  'Khê',
  'Khuê',
  'Kim',
  'Lam',
  'Liễu',
  'Lụa',
  'Lục',
  'Mai',
  'Mận',
  'Mây',
  'Minh',
  'Nga',
  'Ngân',
  'Ngọc',
  'Nguyệt',
  'Nhã',
  'Nhạn',
  'Như',
  'Oanh',
  'Phấn',
  'Phong',
  'Phúc',
  'Phượng',
  'Quất',
  'Quế',
  'Quyên',
  'Quỳnh',
  'Sáo',
  'Sen',
  'Sim',
  'Sương',
  'Tâm',
  'Thạch',
  'Thảo',
  'Thi',
  'Trâm',
  'Trúc',
  'Tùng',
  'Tường',
  'Ước',
  'Uyên',
  'Vân',
  'Vĩ',
  'Vy',
  'Xoan',
  'Xuân',
  'Xuyến',
  'Yến',
  'Ánh',
] as const;

/** One synthetic province: its names, ids and the factor its figures are scaled by. */
export interface SyntheticProvince {
  /** 1-based position. */
  index: number;
  /** Zero-padded index used in record ids ("07"). */
  code: string;
  /** Province name, e.g. "Mẫu Lam". */
  name: string;
  /** ASCII slug, e.g. "mau-lam". */
  slug: string;
  /** Factor (0.80–0.95) every altered figure of this province is multiplied by. */
  factor: number;
}

/** The index-th synthetic province (1-based) of a corpus of `total` provinces. */
export function syntheticProvince(index: number, total = 63): SyntheticProvince {
  if (!Number.isInteger(index) || index < 1) throw new Error(`province index must be a positive integer, got ${index}`);
  const n = SYLLABLES.length;
  const i = index - 1;
  const name = i < n ? `Mẫu ${SYLLABLES[i]}` : `Mẫu ${SYLLABLES[i % n]} ${SYLLABLES[Math.floor(i / n) - 1] ?? SYLLABLES[0]}`;
  const width = Math.max(2, String(total).length);
  return { index, code: String(index).padStart(width, '0'), name, slug: slugify(name), factor: 0.8 + (0.15 * ((index * 37) % 61)) / 60 };
}

/** What a real name stands for, and so which invented name replaces it. */
export type PlaceRole = 'province' | 'city' | 'north' | 'south' | 'east' | 'west' | 'signer';

/** A real name in the five documents and its role. */
export interface RealName {
  name: string;
  role: PlaceRole;
}

/**
 * Places inside the provinces that the documents name (districts and provincial cities), by the
 * role their invented name takes. Localities, provinces and signers come from the content itself.
 */
export const DISTRICTS: RealName[] = [
  { name: 'Mỹ Tho', role: 'north' },
  { name: 'Cao Lãnh', role: 'north' },
  { name: 'Sa Đéc', role: 'south' },
  { name: 'Gò Công', role: 'east' },
  { name: 'Duyên Hải', role: 'east' },
  { name: 'Cai Lậy', role: 'west' },
  { name: 'Hồng Ngự', role: 'west' },
];

const SUFFIX: Record<Exclude<PlaceRole, 'province' | 'signer'>, string> = { city: 'Cảng', north: 'Bắc', south: 'Nam', east: 'Đông', west: 'Tây' };

/** The invented name taking a role in a province: "Mẫu Lam", "Mẫu Lam Cảng", "Mẫu Lam Bắc", "Người Ký Mẫu Lam". */
export function inventedName(province: SyntheticProvince, role: PlaceRole): string {
  if (role === 'province') return province.name;
  if (role === 'signer') return `Người Ký ${province.name}`;
  return `${province.name} ${SUFFIX[role]}`;
}

/** A real name and what replaces it, in every form the texts use. */
export interface NamePair {
  real: string;
  invented: string;
}

export function namePairs(province: SyntheticProvince, names: RealName[]): NamePair[] {
  const seen = new Set<string>();
  return (
    names
      .filter((n) => !seen.has(n.name) && seen.add(n.name))
      .map((n) => ({ real: n.name, invented: inventedName(province, n.role) }))
      // Longest first, so "Nguyễn Văn Vĩnh" is replaced before any shorter name it might contain.
      .sort((a, b) => b.real.length - a.real.length)
  );
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const upper = (s: string) => s.toLocaleUpperCase('vi');
const WORD_GAP = /^\s+$/;

/** Joins the invented words into the gaps the real name had, keeping every line break where it was. */
function fillGaps(words: string[], gaps: string[]): string {
  let out = words[0];
  for (let i = 1; i < words.length; i++) out += (gaps[i - 1] !== undefined && gaps[i - 1].includes('\n') ? gaps[i - 1] : ' ') + words[i];
  // A real name with more words than the invented one: keep its remaining line breaks.
  for (let i = words.length - 1; i < gaps.length; i++) if (i >= 0 && gaps[i].includes('\n')) out += '\n'.repeat((gaps[i].match(/\n/g) ?? []).length);
  return out;
}

/** "TienGiang" → "MauLam", "tiengiang" → "maulam": the joined forms of app names, domains and ids. */
function joinedReplacer(pair: NamePair): [RegExp, (m: string) => string] {
  const realWords = stripDiacritics(pair.real).split(/\s+/);
  const newWords = stripDiacritics(pair.invented)
    .split(/\s+/)
    .map((w) => w.toLowerCase());
  const starts: number[] = [];
  let at = 0;
  for (const w of realWords) {
    starts.push(at);
    at += w.length;
  }
  return [
    new RegExp(escapeRe(realWords.join('')), 'gi'),
    (m: string) => {
      if (m === m.toUpperCase()) return newWords.join('').toUpperCase();
      return newWords
        .map((w, i) =>
          m[starts[Math.min(i, starts.length - 1)]] === m[starts[Math.min(i, starts.length - 1)]].toUpperCase() ? w[0].toUpperCase() + w.slice(1) : w,
        )
        .join('');
    },
  ];
}

/** Replaces real names in restored (accented) text: exact, upper-case, joined and slug forms. */
export function renameRestored(text: string, pairs: NamePair[]): string {
  let out = text;
  for (const pair of pairs) {
    const realWords = pair.real.split(/\s+/);
    const newWords = pair.invented.split(/\s+/);
    for (const [from, to] of [
      [realWords, newWords],
      [realWords.map(upper), newWords.map(upper)],
    ] as const) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${from.map(escapeRe).join('(\\s+)')}(?![\\p{L}\\p{N}])`, 'gu');
      out = out.replace(re, (...m: unknown[]) => fillGaps([...to], m.slice(1, from.length) as string[]));
    }
    out = out.replace(new RegExp(`(?<![a-z0-9])${escapeRe(slugify(pair.real))}(?![a-z0-9])`, 'g'), slugify(pair.invented));
    const [re, fn] = joinedReplacer(pair);
    out = out.replace(re, fn);
  }
  return out;
}

const keyOf = (word: string): Token | undefined => tokenize(word, 0)[0];

/**
 * Whether an OCR word reads as a word of a real name: the same OCR key, or in a word of four letters
 * and more one vowel misread as another ("Ti6n", "Ki0n" for Tiên, Kiên; in OCR keys i reads as l).
 * A consonant slip is not enough: "tham" is not "Tháp".
 */
function sameWord(ocr: Token, real: Token): boolean {
  const a = ocr.key;
  const b = real.key;
  if (a === b) return true;
  if (a.length !== b.length || a.length < 4) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return diff.length === 1 && /[aeouyl]/.test(a[diff[0]]) && /[aeouyl]/.test(b[diff[0]]);
}

/**
 * Replaces real names in OCR text ("Tién Giang", "TIEN GIANG", "Tién G1ang"): word sequences that
 * read as the name through the OCR's confusions (see sameWord). A personal name (three words and more) may have one
 * word garbled past recognition ("0 Van Binh" for Võ Văn Bình). The replacement is written as the OCR
 * writes: without diacritics, upper case where the source is; with diacritics where the source has
 * them exactly (clean Markdown sources).
 */
export function renameSource(text: string, pairs: NamePair[]): string {
  const words = [...text.matchAll(/[\p{L}\p{N}@|]+/gu)].map((m) => ({ raw: m[0], start: m.index!, end: m.index! + m[0].length, token: keyOf(m[0]) }));
  const edits: { start: number; end: number; text: string }[] = [];
  const taken = new Uint8Array(words.length);
  for (const pair of pairs) {
    const real = pair.real.split(/\s+/).map((w) => keyOf(w)!);
    // A personal name (three words and more) may have one word garbled past recognition ("0 Van Binh").
    const slips = real.length >= 3 ? 1 : 0;
    for (let i = 0; i + real.length <= words.length; i++) {
      let ok = true;
      let slipped = 0;
      for (let k = 0; k < real.length && ok; k++) {
        const w = words[i + k];
        ok = !taken[i + k] && w.token !== undefined && (k === 0 || WORD_GAP.test(text.slice(words[i + k - 1].end, w.start)));
        if (ok && !sameWord(w.token!, real[k])) ok = ++slipped <= slips && tokensMatch(w.token!, real[k]);
      }
      if (!ok) continue;
      const start = words[i].start;
      const end = words[i + real.length - 1].end;
      const found = text.slice(start, end);
      const gaps = real.slice(1).map((_, k) => text.slice(words[i + k].end, words[i + k + 1].start));
      const invented =
        found.replace(/\s+/g, ' ') === pair.real
          ? pair.invented
          : found.replace(/\s+/g, ' ') === upper(pair.real)
            ? upper(pair.invented)
            : /\p{Ll}/u.test(found)
              ? stripDiacritics(pair.invented)
              : upper(stripDiacritics(pair.invented));
      edits.push({ start, end, text: fillGaps(invented.split(' '), gaps) });
      for (let k = 0; k < real.length; k++) taken[i + k] = 1;
    }
  }
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let last = 0;
  for (const e of edits) {
    out += text.slice(last, e.start) + e.text;
    last = e.end;
  }
  out += text.slice(last);
  for (const pair of pairs) {
    const [re, fn] = joinedReplacer(pair);
    out = out.replace(re, fn);
  }
  return out;
}
