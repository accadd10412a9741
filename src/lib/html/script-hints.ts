/**
 * Loading hints for a built page's module scripts (issue #20), pure. Every page is readable without
 * JavaScript; its script only enhances it (filters, the full "Báo lỗi" e-mail), so the script and
 * the chunks it imports are fetched at low priority and never compete with the HTML and the
 * stylesheet that the first paint needs. The chunks a script imports are declared up front with
 * `<link rel="modulepreload">` at the same low priority: without it the browser discovers them
 * only when the script arrives, and fetches them at high priority. A page whose script draws its
 * main content (the search page) is left as the build wrote it: at low priority its script would
 * queue behind the fonts on a slow connection.
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
 * An enhancing page's module scripts at low priority, each preceded by low-priority preloads of the
 * chunks it imports (each chunk once a page). `dependencies` gives a script's chunks (moduleDependencies).
 */
export function withLowPriorityScripts(html: string, dependencies: (src: string) => string[]): string {
  const preloaded = new Set<string>();
  return html.replace(MODULE_SCRIPT_RE, (_tag, src: string) => {
    const links = dependencies(src)
      .filter((dep) => !preloaded.has(dep) && preloaded.add(dep))
      .map((dep) => `<link rel="modulepreload" href="${dep}" fetchpriority="low">`)
      .join('');
    return `${links}<script type="module" src="${src}" fetchpriority="low"></script>`;
  });
}

/** The search page (either edition) draws its results with its script; every other page only enhances. */
export function scriptOnlyEnhances(pagePath: string): boolean {
  return splitLocalePath(pagePath).path !== urls.search();
}
