/**
 * Astro integration (issue #20): after the build, every page's module scripts get the chunks they
 * import preloaded, and on the pages they only enhance (all but search) a low fetch priority
 * (src/lib/html/script-hints.ts says why). Runs on the final HTML, so the hints name the built chunks.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { moduleDependencies, scriptOnlyEnhances, withScriptHints } from '../lib/html/script-hints.ts';

export function scriptHints(): AstroIntegration {
  return {
    name: 'script-hints',
    hooks: {
      'astro:build:done': ({ dir, pages, logger }) => {
        const out = fileURLToPath(dir);
        const code = new Map<string, string>();
        const read = (path: string) => {
          if (!code.has(path)) code.set(path, readFileSync(join(out, path), 'utf8'));
          return code.get(path)!;
        };
        const dependencies = new Map<string, string[]>();
        const dependenciesOf = (src: string) => {
          if (!dependencies.has(src)) dependencies.set(src, moduleDependencies(src, read));
          return dependencies.get(src)!;
        };
        let changed = 0;
        for (const { pathname } of pages) {
          const file = join(out, pathname, 'index.html');
          let html: string;
          try {
            html = readFileSync(file, 'utf8');
          } catch {
            continue; // endpoints (JSON, CSV) are not pages
          }
          const hinted = withScriptHints(html, dependenciesOf, scriptOnlyEnhances(`/${pathname}`.replace(/\/?$/, '/')));
          if (hinted !== html) {
            writeFileSync(file, hinted);
            changed++;
          }
        }
        logger.info(`${changed} pages: module scripts with their imports preloaded, at low priority where they only enhance the page`);
      },
    },
  };
}
