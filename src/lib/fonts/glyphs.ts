/**
 * Which characters the built site can show (issue #20), pure: the text of its pages, stylesheets
 * and scripts, plus every letter a reader may type into a search box (printable ASCII and the
 * whole Vietnamese alphabet), so the subset fonts never miss a glyph the site uses.
 */

/** Printable ASCII and every Vietnamese letter, precomposed and as combining marks. */
export const ALWAYS_KEPT: string = (() => {
  let s = '';
  for (let c = 0x20; c <= 0x7e; c++) s += String.fromCodePoint(c);
  s += 'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư';
  for (let c = 0x1ea0; c <= 0x1ef9; c++) s += String.fromCodePoint(c);
  s += '\u0300\u0301\u0303\u0309\u0323\u00a0–—‘’“”…·›▲▼≠≥≤×';
  return s;
})();

/** Characters a page's HTML shows: text and attribute values (script bodies excluded, entities decoded). */
export function htmlCharacters(html: string): Set<string> {
  const text = html
    .replace(/<script\b[\s\S]*?<\/script>/gi, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&nbsp;/g, '\u00a0');
  return new Set(text);
}

/** The site's characters, in code point order (a stable input, so the subset fonts are reproducible). */
export function siteCharacters(sources: Iterable<string>): string {
  const all = new Set<string>(ALWAYS_KEPT);
  for (const s of sources) for (const ch of htmlCharacters(s)) all.add(ch);
  return [...all]
    .filter((ch) => ch.codePointAt(0)! >= 0x20)
    .sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!)
    .join('');
}

/** Parses a CSS unicode-range ("U+0000-00FF,U+0131") into inclusive code point intervals. */
export function parseUnicodeRange(range: string): [number, number][] {
  return range
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((p) => {
      const [a, b] = p.split('-');
      return [parseInt(a, 16), parseInt(b ?? a, 16)];
    });
}

export function inRanges(cp: number, ranges: [number, number][]): boolean {
  return ranges.some(([a, b]) => cp >= a && cp <= b);
}

/** The @font-face rules of a stylesheet: family, the file it loads and the characters it covers. */
export function fontFaces(css: string): { family: string; url: string; ranges: [number, number][] }[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => {
    const body = m[1];
    const family = /font-family:\s*['"]?([^;'"]+)/.exec(body)?.[1] ?? '';
    const url = /url\(([^)]+)\)/.exec(body)?.[1].replace(/['"]/g, '') ?? '';
    const range = /unicode-range:\s*([^;]+)/.exec(body)?.[1];
    return { family, url, ranges: range ? parseUnicodeRange(range) : [[0, 0x10ffff]] };
  });
}
