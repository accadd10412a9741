/**
 * The font files fonts.css declares, as built URLs, for `<link rel="preload">` in every page's head
 * (issue #20). Preloaded, a font starts with the HTML instead of waiting for the first layout to
 * discover it, so it is more often ready in time for `font-display: optional`; at low fetch
 * priority, it does not hold up the HTML and the stylesheet, which the first paint needs. With
 * `optional`, a font may hold back text for about 100 ms at most, never for its whole download.
 * The font-subset integration renames the subset files and rewrites these URLs with them.
 */
import interLatin from '../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2?url';
import interVietnamese from '../../node_modules/@fontsource-variable/inter/files/inter-vietnamese-wght-normal.woff2?url';
import notoSerifLatin from '../../node_modules/@fontsource-variable/noto-serif/files/noto-serif-latin-wght-normal.woff2?url';
import notoSerifVietnamese from '../../node_modules/@fontsource-variable/noto-serif/files/noto-serif-vietnamese-wght-normal.woff2?url';

export const FONT_PRELOADS: readonly string[] = [notoSerifVietnamese, notoSerifLatin, interVietnamese, interLatin];
