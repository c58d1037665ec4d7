/**
 * The site's Content-Security-Policy, in one place. public/_headers sends it
 * as a header (Netlify, Cloudflare Pages; docs/hosting-headers.md for other
 * hosts) and every page carries it as a <meta> for hosts that send no headers,
 * such as GitHub Pages. tests/build/quality-headers.test.ts keeps the three in step.
 *
 * Everything comes from this site: no inline script or style, no eval.
 * 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine.
 */
export const CSP_DIRECTIVES: readonly (readonly [name: string, value: string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a browser ignores in a <meta> policy: they work only as a header. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

const join = (directives: readonly (readonly [string, string])[]) => directives.map(([name, value]) => `${name} ${value}`).join('; ');

/** The policy as the Content-Security-Policy header sends it. */
export const CSP_HEADER = join(CSP_DIRECTIVES);

/** The policy for `<meta http-equiv="Content-Security-Policy">`: the header's, less what only a header can do. */
export const CSP_META = join(CSP_DIRECTIVES.filter(([name]) => !HEADER_ONLY.has(name)));
