/**
 * Pages carry the site's Content-Security-Policy and contain nothing it would block: no inline
 * script (JSON data blocks excepted), no event-handler attribute, no inline style, no javascript: URL.
 */
import { cspMeta } from '../../security/csp.ts';
import type { SiteCheck, SiteProblem } from './types.ts';

const DATA_SCRIPT = /\btype="application\/(?:ld\+)?json"/;

export const cspCheck: SiteCheck = {
  name: 'csp',
  run(site) {
    const problems: SiteProblem[] = [];
    const policy = cspMeta();
    for (const [url, { html }] of site.pages) {
      const add = (message: string, fix: string) => problems.push({ page: url, message, fix });
      const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/);
      if (!meta) add('no Content-Security-Policy <meta>', 'render the page through src/layouts/Base.astro');
      else if (meta[1].replace(/&#39;/g, "'") !== policy) add('Content-Security-Policy differs from src/lib/security/csp.ts', 'render it with cspMeta()');
      else if (html.indexOf(meta[0]) > html.search(/<(script|link)\b/))
        add('Content-Security-Policy <meta> comes after a script or stylesheet', 'put it right after <meta charset>');
      for (const m of html.matchAll(/<script\b([^>]*)>/g)) {
        if (!/\ssrc="/.test(m[1]) && !DATA_SCRIPT.test(m[1]))
          add(`inline <script${m[1]}> would be blocked`, 'move the code to a module script (<script> in an .astro file is bundled) or to src/scripts/');
      }
      for (const m of html.matchAll(/<[a-zA-Z][^>]*>/g)) {
        const tag = m[0];
        const handler = tag.match(/\s(on[a-z]+)=/);
        if (handler) add(`${handler[1]}= attribute in ${tag.slice(0, 60)}`, 'attach the listener from a module script');
        if (/\sstyle="/.test(tag)) add(`style= attribute in ${tag.slice(0, 60)}`, 'use a class in a stylesheet (style-src allows only files)');
        if (/\shref="javascript:/i.test(tag)) add(`javascript: URL in ${tag.slice(0, 60)}`, 'use a button with a listener');
      }
      if (/<style[\s>]/.test(html)) add('inline <style> element', 'move the CSS to a stylesheet (build.inlineStylesheets is "never")');
    }
    return { check: this.name, checked: site.pages.size, problems };
  },
};
