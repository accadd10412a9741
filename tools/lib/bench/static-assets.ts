/**
 * What a built page asks for, read from its files (the bench's static cross-check): stylesheets
 * and module scripts in the HTML, the static imports of those scripts, and the fonts a stylesheet
 * declares. Dynamic imports (Pagefind) are not followed: they are measured in the browser only.
 * The static imports and the fonts are read as the build and the site checks read them (src/lib/html/script-hints.ts,
 * src/lib/fonts/declared.ts).
 */
export { jsStaticImports } from '../../../src/lib/html/script-hints.ts';
export { cssFontUrls } from '../../../src/lib/fonts/declared.ts';

const attr = (tag: string, name: string): string | null =>
  new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined) ?? null;

/** Root-relative URLs of the stylesheets and external scripts an HTML page loads, in document order. */
export function htmlAssetRefs(html: string): { stylesheets: string[]; scripts: string[]; modulePreloads: string[] } {
  const stylesheets: string[] = [];
  const scripts: string[] = [];
  const modulePreloads: string[] = [];
  for (const [tag] of html.matchAll(/<(?:link|script)\b[^>]*>/gi)) {
    const rel = attr(tag, 'rel')?.toLowerCase();
    if (tag.toLowerCase().startsWith('<link')) {
      const href = attr(tag, 'href');
      if (!href) continue;
      if (rel === 'stylesheet') stylesheets.push(href);
      else if (rel === 'modulepreload') modulePreloads.push(href);
    } else {
      const src = attr(tag, 'src');
      if (src) scripts.push(src);
    }
  }
  return { stylesheets, scripts, modulePreloads };
}
