/** Files that describe the built site to crawlers and hosts: sitemap.xml, robots.txt, _headers. Pure. */
import { securityHeaders } from './security/csp.ts';

/** True when a page asks not to be indexed (<meta name="robots" content="noindex">). */
export function isNoindex(html: string): boolean {
  return /<meta\s+name="robots"\s+content="[^"]*noindex/i.test(html);
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** sitemap.xml for absolute page URLs; sorted so two builds write the same file. */
export function sitemapXml(urls: string[]): string {
  const body = [...new Set(urls)]
    .sort()
    .map((u) => `  <url><loc>${escapeXml(u)}</loc></url>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
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
