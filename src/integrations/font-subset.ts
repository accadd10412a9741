/**
 * Astro integration (issue #20): after the build, cuts every self-hosted font down to the glyphs
 * the site uses (subset-font: HarfBuzz's hb-subset in WebAssembly, offline), with the weight axis
 * limited to the 400–700 the styles use and only the OpenType features Vietnamese marks need.
 * Each subset gets a name from its content hash and the stylesheets are pointed at it. Same input,
 * same bytes: the build stays reproducible.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { convert } from 'fontverter';
import { siteCharacters } from '../lib/fonts/glyphs.ts';
import { fontCodePoints, lostCharacters } from '../lib/fonts/cmap.ts';

/**
 * Only what places Vietnamese tone marks (glyph composition, mark and mark-on-mark positioning).
 * Kerning and ligatures are left out: with them the four files weigh 52 KB, over the 50 KB budget.
 */
export const KEPT_FEATURES = ['ccmp', 'mark', 'mkmk'];
export const WEIGHT_RANGE = { min: 400, max: 700 };

function files(dir: string, keep: (name: string) => boolean, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'pagefind') files(p, keep, out);
    } else if (keep(name)) out.push(p);
  }
  return out;
}

export function fontSubset(): AstroIntegration {
  return {
    name: 'font-subset',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // Pages and stylesheets (generated content); the scripts only write Vietnamese words and figures, all in ALWAYS_KEPT.
        const pages = files(out, (n) => /\.(html|css)$/.test(n)).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
        const chars = siteCharacters(pages.map((p) => p.text));
        const fonts = files(out, (n) => n.endsWith('.woff2'));
        let before = 0;
        let after = 0;
        const renames: [string, string][] = [];
        for (const font of fonts) {
          const original = readFileSync(font);
          const subset = await subsetFont(original, chars, {
            targetFormat: 'woff2',
            keepFeatures: KEPT_FEATURES,
            noHinting: true,
            variationAxes: { wght: WEIGHT_RANGE },
          });
          // Every character the site uses that the original font draws must still be in the subset.
          const lost = lostCharacters(chars, fontCodePoints(await convert(original, 'sfnt')), fontCodePoints(await convert(subset, 'sfnt')));
          if (lost.length)
            throw new Error(
              `${relative(out, font)}: the subset lost ${lost.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} “${c}”`).join(', ')}; fix: keep these characters in src/lib/fonts/glyphs.ts (ALWAYS_KEPT) or in the subset options of src/integrations/font-subset.ts`,
            );
          const hash = createHash('sha256').update(subset).digest('base64url').slice(0, 8);
          // Vite names a font file <name>.<hash>.woff2; the new hash says what the file now holds.
          const renamed = font.replace(/\.[^./]+\.woff2$/, `.${hash}.woff2`);
          writeFileSync(font, subset);
          if (renamed !== font) {
            renameSync(font, renamed);
            renames.push([relative(out, font).split('/').pop()!, relative(out, renamed).split('/').pop()!]);
          }
          before += original.length;
          after += subset.length;
        }
        // The stylesheets declare the fonts; every page preloads them (src/styles/font-preloads.ts).
        for (const { file, text } of pages) {
          const renamed = renames.reduce((t, [from, to]) => t.split(from).join(to), text);
          if (renamed !== text) writeFileSync(file, renamed);
        }
        logger.info(`${fonts.length} fonts subset to ${[...chars].length} characters: ${Math.round(before / 1024)} KB → ${Math.round(after / 1024)} KB`);
      },
    },
  };
}
