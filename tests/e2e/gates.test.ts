/**
 * Proves each browser gate fails when a page breaks its rule: the same
 * server, CSP and checks as site.test.ts, on deliberately broken pages.
 */
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../support/quality/static-server.ts';
import { ROOT } from '../support/site.ts';
import { axeViolations, launchChromium, newContext, visit } from './support/browser.ts';
import { tabStops } from './support/keyboard.ts';

const BROKEN = path.join(ROOT, 'tests/fixtures/quality-broken');
const HEADERS = path.join(ROOT, 'public/_headers');

let browser: Browser;
let context: BrowserContext;
let server: StaticServer;
beforeAll(async () => {
  browser = await launchChromium();
  context = await newContext(browser);
  // The broken pages are served with the site's real _headers, CSP included.
  server = await serveStatic({ root: BROKEN, headersFile: HEADERS });
});
afterAll(async () => {
  await server?.close();
  await browser?.close();
});

describe('a page with accessibility faults', () => {
  it('fails axe, naming the rules and elements', async () => {
    const page = await context.newPage();
    await visit(page, `${server.url}axe/`);
    const violations = await axeViolations(page);
    expect(violations).toContainEqual(expect.stringMatching(/^image-alt \(critical\): Images must have alternative text: img$/));
    expect(violations).toContainEqual(expect.stringMatching(/^label \(critical\): Form elements must have labels: input$/));
    await page.close();
  });
});

describe('a page with an inline script and an inline style', () => {
  it('is blocked by the CSP from _headers, and the violations are reported', async () => {
    const page = await context.newPage();
    const { csp } = await visit(page, `${server.url}csp/`);
    expect(csp).toEqual(['style-src-attr blocked inline at line 7', 'script-src-elem blocked inline at line 8']);
    expect(await page.title(), 'the inline script did not run').toBe('Inline script');
    await page.close();
  });
});

describe('a stylesheet that hides focus', () => {
  it('fails the focus check at each link', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}focus-hidden/`);
    const stops = await tabStops(page);
    expect(stops).toEqual([
      { element: 'a "First link"', indicator: undefined },
      { element: 'a "second link"', indicator: undefined },
    ]);
    await page.close();
  });
});

describe('the test server', () => {
  it('sends the CSP and security headers from _headers, and 404s with status 404', async () => {
    const response = await fetch(`${server.url}no-such-page/`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; /);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
