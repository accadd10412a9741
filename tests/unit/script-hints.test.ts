import { describe, expect, it } from 'vitest';
import { jsStaticImports, moduleDependencies, scriptOnlyEnhances, withScriptHints } from '../../src/lib/html/script-hints.ts';

const CHUNKS: Record<string, string> = {
  '/_astro/compare.js': 'import{t as e}from"./fold.js";import"./csv.js";const x=()=>import("./later.js");',
  '/_astro/fold.js': 'import{n}from"./text.js";export{n as t};',
  '/_astro/csv.js': 'import{n}from"./text.js";',
  '/_astro/text.js': 'export const n=1;',
  '/_astro/report.js': 'function e(){}',
};
const read = (path: string) => {
  if (!(path in CHUNKS)) throw new Error(`no chunk ${path}`);
  return CHUNKS[path];
};

describe('script loading hints', () => {
  it('follows static imports of a minified module but not dynamic imports or bare specifiers', () => {
    const js = 'import{t as e}from"./fold.js";import"../side.js";export{x}from"./x.js";import zod from"zod";const p=await import(`/pagefind/pagefind.js`);';
    expect(jsStaticImports(js, '/_astro/page.js')).toEqual(['/_astro/fold.js', '/side.js', '/_astro/x.js']);
  });

  it('lists every chunk a script needs before it runs, each once, and never a dynamic import', () => {
    expect(moduleDependencies('/_astro/compare.js', read)).toEqual(['/_astro/fold.js', '/_astro/text.js', '/_astro/csv.js']);
    expect(moduleDependencies('/_astro/report.js', read)).toEqual([]);
  });

  it('an enhancing script and its imports are fetched at low priority, each import preloaded once before it', () => {
    const html =
      '<head><link rel="stylesheet" href="/_astro/Base.css"><script type="module" src="/_astro/compare.js"></script><script type="module" src="/_astro/csv.js"></script></head>';
    expect(withScriptHints(html, (src) => moduleDependencies(src, read), true)).toBe(
      '<head><link rel="stylesheet" href="/_astro/Base.css">' +
        '<link rel="modulepreload" href="/_astro/fold.js" fetchpriority="low"><link rel="modulepreload" href="/_astro/text.js" fetchpriority="low">' +
        '<link rel="modulepreload" href="/_astro/csv.js" fetchpriority="low"><script type="module" src="/_astro/compare.js" fetchpriority="low"></script>' +
        '<script type="module" src="/_astro/csv.js" fetchpriority="low"></script></head>',
    );
  });

  it('the search page’s script keeps the browser’s priority and gets its imports preloaded', () => {
    const html = '<script type="module" src="/_astro/fold.js"></script><script type="module" src="/_astro/csv.js"></script>';
    expect(withScriptHints(html, (src) => moduleDependencies(src, read), false)).toBe(
      '<link rel="modulepreload" href="/_astro/text.js"><script type="module" src="/_astro/fold.js"></script><script type="module" src="/_astro/csv.js"></script>',
    );
  });

  it('only the search page, in either edition, draws its content with its script and keeps its priority', () => {
    expect(scriptOnlyEnhances('/tim-kiem/')).toBe(false);
    expect(scriptOnlyEnhances('/en/tim-kiem/')).toBe(false);
    expect(scriptOnlyEnhances('/so-sanh/2025/')).toBe(true);
    expect(scriptOnlyEnhances('/en/van-ban/tien-giang-ke-hoach-112-kh-ubnd-2023/')).toBe(true);
  });
});
