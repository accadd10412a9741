/** The font files a stylesheet declares (`url(…)` of a woff2, woff, ttf or otf), once each, in order. */
export function cssFontUrls(css: string): string[] {
  return [...new Set([...css.matchAll(/url\(\s*["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\s*\)/gi)].map((m) => m[1]))];
}

/** The font files a page preloads (`<link rel="preload" … as="font">`), once each, in order. */
export function preloadedFonts(html: string): string[] {
  return [
    ...new Set(
      [...html.matchAll(/<link\b[^>]*\brel="preload"[^>]*>/g)].filter((m) => /\sas="font"/.test(m[0])).map((m) => /\shref="([^"]+)"/.exec(m[0])?.[1] ?? ''),
    ),
  ].filter(Boolean);
}
