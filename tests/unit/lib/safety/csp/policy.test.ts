/** One policy: the header in public/_headers and every page's <meta> say the same, less frame-ancestors. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META } from '../../../../../src/lib/safety/csp/policy.ts';
import { headersFor, parseHeadersFile } from '../../../../support/quality/headers-file.ts';
import { ROOT } from '../../../../support/site.ts';

describe('the Content-Security-Policy', () => {
  it('is what public/_headers sends on every path', () => {
    const headers = headersFor(parseHeadersFile(readFileSync(path.join(ROOT, 'public/_headers'), 'utf8')), '/guidance/any-page/');
    expect(headers['Content-Security-Policy']).toBe(CSP_HEADER);
  });
  it('as a <meta> is the header without frame-ancestors, which works only as a header', () => {
    expect(CSP_META).not.toMatch(/frame-ancestors/);
    expect(`${CSP_META}; frame-ancestors 'none'`).toBe(CSP_HEADER);
  });
});
