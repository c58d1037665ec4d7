/**
 * Debian's Chromium driven by playwright-core (no downloaded browser), and
 * what the tests record on every page: CSP violations, failed requests,
 * script errors and axe-core's accessibility violations.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { serveStatic, type StaticServer } from '../../support/quality/static-server.ts';
import { exampleSite } from './example-site.ts';
import type { ExampleBase } from './global-setup.ts';

export { CHROMIUM, launchChromium } from '../../../scripts/bench/chromium.ts';
import { launchChromium } from '../../../scripts/bench/chromium.ts';

/** WCAG 2.0, 2.1 and 2.2 A and AA, plus axe's best practices. No rule is disabled. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// Runs before any page script, outside the page's CSP, so every violation is caught.
const RECORD_CSP_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(event.violatedDirective + ' blocked ' + event.blockedURI + ' at line ' + event.lineNumber);
  });
`;

/** A browser context whose pages record CSP violations from their first byte. */
export async function newContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  await context.addInitScript({ content: RECORD_CSP_VIOLATIONS });
  return context;
}

export interface PageProblems {
  /** Failed requests, 4xx/5xx responses, script errors and console errors. */
  loading: string[];
  csp: string[];
}

/** Opens a URL and reports what went wrong while it loaded. `expectStatus` allows the 404 page's own status. */
export async function visit(page: Page, url: string, expectStatus = 200): Promise<PageProblems> {
  const loading: string[] = [];
  page.on('pageerror', (error) => loading.push(`script error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') loading.push(`console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => loading.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.url() !== url && response.status() >= 400) loading.push(`${response.status()} for ${response.url()}`);
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  if (response?.status() !== expectStatus) loading.push(`${url} answered ${response?.status()}, expected ${expectStatus}`);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
  return { loading, csp: await cspViolations(page) };
}

export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/** axe-core's violations on the page, one line per rule with the elements it found. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, AXE_TAGS);
  return violations;
}

/** The URL of a built page file, such as guidance/x/index.html → <site>guidance/x/. */
export function pageUrl(siteUrl: string, page: string): string {
  return new URL(page.replace(/(^|\/)index\.html$/, '$1'), siteUrl).href;
}

/**
 * For a test file: the example site built under `base` (once per run), served on 127.0.0.1 and opens Chromium before its tests, and
 * gives each test a new context (its own storage) that may use the clipboard. Read the fields inside tests.
 */
export function servedSite(base: ExampleBase): { browser: Browser; server: StaticServer; context: BrowserContext } {
  const site = {} as { browser: Browser; server: StaticServer; context: BrowserContext };
  beforeAll(async () => {
    site.server = await serveStatic({ root: exampleSite(base), base });
    site.browser = await launchChromium();
  });
  beforeEach(async () => {
    site.context = await newContext(site.browser);
    await site.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
  });
  afterEach(async () => {
    await site.context?.close();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
