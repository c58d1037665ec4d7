/**
 * The hosting headers: public/_headers (Netlify, Cloudflare Pages) sets the
 * Content-Security-Policy and security headers on every path, and the
 * README's snippets for other hosts say the same. (quality-markup.test.ts
 * checks the build ships the file.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../support/quality/headers-file.ts';
import { ROOT } from '../support/site.ts';

const HEADERS_FILE = path.join(ROOT, 'public/_headers');
const headers = headersFor(parseHeadersFile(readFileSync(HEADERS_FILE, 'utf8')), '/guidance/any-page/');
const csp = headers['Content-Security-Policy'] ?? '';

describe('public/_headers', () => {
  it('sets a strict CSP on every path: only this site, no inline code, no eval beyond WebAssembly', () => {
    expect(csp.split(/;\s*/)).toEqual([
      "default-src 'self'",
      "script-src 'self' 'wasm-unsafe-eval'",
      "style-src 'self'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]);
  });

  it('sets the usual security headers', () => {
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Frame-Options': 'DENY',
    });
  });

  it('matches the README snippets for other hosts', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Hosting headers'));
    expect(section).toContain(`add_header Content-Security-Policy "${csp}" always;`);
    expect(section).toContain(`Header always set Content-Security-Policy "${csp}"`);
  });
});
