/** Files that describe the built site to crawlers and hosts: sitemap.xml, robots.txt, _headers. Pure. */
import { securityHeaders } from './security/csp.ts';

/** True when a page asks not to be indexed (<meta name="robots" content="noindex">). */
export function isNoindex(html: string): boolean {
  return /<meta\s+name="robots"\s+content="[^"]*noindex/i.test(html);
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A page's hreflang alternates as its <link rel="alternate" hreflang> elements name them. */
export function hreflangAlternates(html: string): { hreflang: string; href: string }[] {
  return [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => ({ hreflang: m[1]!, href: m[2]! }));
}

/** sitemap.xml for absolute page URLs, each with its language alternates (xhtml:link) when it has any; sorted so two builds write the same file. */
export function sitemapXml(urls: string[], alternates: ReadonlyMap<string, { hreflang: string; href: string }[]> = new Map()): string {
  const body = [...new Set(urls)]
    .sort()
    .map((u) => {
      const links = (alternates.get(u) ?? [])
        .map((a) => `\n    <xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`)
        .join('');
      return `  <url><loc>${escapeXml(u)}</loc>${links}${links ? '\n  ' : ''}</url>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${body}\n</urlset>\n`;
}

export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

/** dist/_headers: security headers on every path; long caching for fingerprinted assets. */
export function headersFile(): string {
  const all = Object.entries(securityHeaders())
    .map(([k, v]) => `  ${k}: ${v}`)
    .join('\n');
  return `/*\n${all}\n\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n`;
}
