/**
 * The site's Content-Security-Policy (issue #12). The built pages have no inline script, no inline
 * style and no event-handler attribute (checked over dist by scripts/check-site.ts), so the policy
 * allows only files from the site itself. Pagefind compiles its WebAssembly search core in the
 * browser, which needs 'wasm-unsafe-eval' (WebAssembly only; JavaScript eval stays blocked).
 * JSON data blocks (<script type="application/json">) are not executed, so they need no hash.
 */

/** Directive → sources, in the order they are written. */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  ['style-src', ["'self'"]],
  ['img-src', ["'self'", 'data:']],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
  ['frame-ancestors', ["'none'"]],
];

/** Directives a browser ignores (and warns about) in a <meta> policy; they go only in the header. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy as an HTTP header value (for hosts that read dist/_headers). */
export function cspHeader(): string {
  return CSP_DIRECTIVES.map(([d, s]) => `${d} ${s.join(' ')}`).join('; ');
}

/** The policy for <meta http-equiv="Content-Security-Policy"> in every page's <head>. */
export function cspMeta(): string {
  return CSP_DIRECTIVES.filter(([d]) => !HEADER_ONLY.has(d))
    .map(([d, s]) => `${d} ${s.join(' ')}`)
    .join('; ');
}

/** Security headers written to dist/_headers (Netlify / Cloudflare Pages format) for every path. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': cspHeader(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  };
}
