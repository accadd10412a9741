/**
 * Loading hints for a built page's module scripts (issue #20), pure. The chunks a script imports are
 * declared up front with `<link rel="modulepreload">`: without it the browser finds them only when
 * the script has arrived, one round trip later, and fetches them at high priority. Every page but
 * search is readable without its script, which only enhances it (filters, the full "Báo lỗi"
 * e-mail), so there the script and its chunks are fetched at low priority and never compete with
 * the HTML and the stylesheet that the first paint needs. The search page's script draws its
 * results: it keeps the browser's priority (at low priority it would queue behind the fonts on a
 * slow connection) and searches a query in the URL once the page has painted (src/scripts/search.ts).
 */
import { splitLocalePath } from '../../i18n/routes.ts';
import { urls } from '../urls.ts';

const MODULE_SCRIPT_RE = /<script type="module" src="([^"]+)"><\/script>/g;
/**
 * Static imports (`import … from "x"`, `import "x"`, `export … from "x"`) of a JS module, resolved
 * against its site path, in order, once each. Bare specifiers and dynamic `import()` are ignored.
 */
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

/**
 * Every chunk `entry` (a site path such as /_astro/a.js) needs before it runs, depth first, each
 * once, without the entry itself. `read` gives a chunk's code from its site path.
 */
export function moduleDependencies(entry: string, read: (path: string) => string): string[] {
  const seen = new Set<string>([entry]);
  const out: string[] = [];
  const visit = (path: string) => {
    for (const dep of jsStaticImports(read(path), path)) {
      if (seen.has(dep)) continue;
      seen.add(dep);
      out.push(dep);
      visit(dep);
    }
  };
  visit(entry);
  return out;
}

/**
 * The page with each module script preceded by preloads of the chunks it imports (each chunk once a
 * page), all at low priority when `lowPriority`. `dependencies` gives a script's chunks (moduleDependencies).
 */
export function withScriptHints(html: string, dependencies: (src: string) => string[], lowPriority: boolean): string {
  const priority = lowPriority ? ' fetchpriority="low"' : '';
  const preloaded = new Set<string>();
  return html.replace(MODULE_SCRIPT_RE, (_tag, src: string) => {
    const links = dependencies(src)
      .filter((dep) => !preloaded.has(dep) && preloaded.add(dep))
      .map((dep) => `<link rel="modulepreload" href="${dep}"${priority}>`)
      .join('');
    return `${links}<script type="module" src="${src}"${priority}></script>`;
  });
}

/** The search page (either edition) draws its results with its script; every other page only enhances. */
export function scriptOnlyEnhances(pagePath: string): boolean {
  return splitLocalePath(pagePath).path !== urls.search();
}
