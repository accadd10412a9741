/**
 * What a built page asks for, read from its files (the bench's static cross-check): stylesheets
 * and module scripts in the HTML, the static imports of those scripts, and the fonts a stylesheet
 * declares. Dynamic imports (Pagefind) are not followed: they are measured in the browser only.
 */

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

/** Static imports (`import … from "x"`, `import "x"`, `export … from "x"`) of a JS module, resolved against its URL path. Bare specifiers are ignored. */
export function jsStaticImports(js: string, fromPath: string): string[] {
  const out = new Set<string>();
  const re = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["'`]([^"'`]+)["'`]/g;
  for (const m of js.matchAll(re)) {
    const spec = m[1];
    if (!/^(\.{1,2}\/|\/)/.test(spec)) continue;
    out.add(new URL(spec, `http://x${fromPath}`).pathname);
  }
  return [...out];
}

/** font file URLs declared by @font-face rules in a stylesheet. */
export function cssFontUrls(css: string): string[] {
  return [...new Set([...css.matchAll(/url\(\s*["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\s*\)/gi)].map((m) => m[1]))];
}
