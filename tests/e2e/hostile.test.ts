/**
 * Hostile content renders inert (issue 11). Served with no headers at all,
 * as GitHub Pages serves it, so only the page's own <meta> CSP stands guard:
 *
 * - the attacks, rendered by the site's Markdown pipeline (the sanitiser
 *   first), open no dialog and request nothing from another origin;
 * - the same attacks as raw HTML, unsanitised (as they were published before
 *   the sanitiser), are still held by the <meta> CSP alone: no dialog, no
 *   request to another origin, even when the reader clicks and hovers.
 *
 * The meta refresh is left out of the raw page: a CSP cannot stop a
 * navigation, which is why the sanitiser removes it and the output gate fails
 * any page that still has one.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { markdownToHtml } from 'satteri';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseLinks } from '../../src/lib/markdown/base-links.ts';
import { CSP_META } from '../../src/lib/safety/csp/policy.ts';
import { externalLinks } from '../../src/lib/markdown/external-links.ts';
import { sanitiseContent } from '../../src/lib/safety/sanitise/plugin.ts';
import { serveStatic, type StaticServer } from '../support/quality/static-server.ts';
import { OUTPUT_ROOT, ROOT } from '../support/site.ts';
import { launchChromium, newContext } from './support/browser.ts';

const ATTACKS = readFileSync(path.join(ROOT, 'tests/fixtures/hostile/attacks.md'), 'utf8');
const SITE = path.join(OUTPUT_ROOT, 'hostile-e2e');

const page = (title: string, body: string, head = '') =>
  `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${CSP_META}">\n${head}<title>${title}</title>\n</head>\n<body>\n<main>\n<h1>${title}</h1>\n${body}\n</main>\n</body>\n</html>\n`;

let browser: Browser;
let context: BrowserContext;
let server: StaticServer;
beforeAll(async () => {
  rmSync(SITE, { recursive: true, force: true });
  const sanitised = await markdownToHtml(ATTACKS, { hastPlugins: [sanitiseContent(), baseLinks('/'), externalLinks()], features: { gfm: true } });
  // Unsanitised: raw HTML as written, the javascript: link decoded as Markdown would.
  const raw = await markdownToHtml(ATTACKS, { features: { gfm: true } });
  for (const [name, html] of [['sanitised', sanitised.html], ['raw', raw.html]] as const) {
    mkdirSync(path.join(SITE, name), { recursive: true });
    writeFileSync(path.join(SITE, name, 'index.html'), page(`Hostile content, ${name}`, html));
  }
  mkdirSync(path.join(SITE, 'refresh'), { recursive: true });
  writeFileSync(path.join(SITE, 'refresh', 'index.html'), page('Refresh', (await markdownToHtml('<meta http-equiv="refresh" content="0;url=https://evil.example/">\n\nStay here', { hastPlugins: [sanitiseContent()] })).html));
  browser = await launchChromium();
  context = await newContext(browser);
  // No headers file: the CSP comes from the page's <meta> only.
  server = await serveStatic({ root: SITE, headersFile: path.join(SITE, 'no-headers-here') });
});
afterAll(async () => {
  await server?.close();
  await browser?.close();
});

interface Watch {
  dialogs: string[];
  offSite: string[];
}

function watch(tab: Page): Watch {
  const seen: Watch = { dialogs: [], offSite: [] };
  const origin = new URL(server.url).origin;
  tab.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // Chromium reports a request the CSP blocked as a failed request ("csp") without sending it;
  // any other end (an answer, or a failure such as a DNS error) means it went out.
  const blocked = new Set(['csp', 'net::ERR_BLOCKED_BY_CSP']);
  const offSite = (url: string) => !url.startsWith('data:') && new URL(url).origin !== origin;
  tab.on('requestfinished', (request) => {
    if (offSite(request.url())) seen.offSite.push(request.url());
  });
  tab.on('requestfailed', (request) => {
    if (offSite(request.url()) && !blocked.has(request.failure()?.errorText ?? '')) seen.offSite.push(`${request.url()} (${request.failure()?.errorText})`);
  });
  return seen;
}

async function useLikeAReader(tab: Page): Promise<void> {
  await tab.hover('#hoverme').catch(() => undefined);
  await tab.click('#clickme', { timeout: 2000 }).catch(() => undefined);
  await tab.click('#send', { timeout: 2000 }).catch(() => undefined);
  await tab.waitForTimeout(500);
}

describe('hostile content, served without headers', () => {
  it('the served pages carry no CSP header, so the <meta> is all that guards them', async () => {
    const response = await fetch(`${server.url}raw/`);
    expect(response.headers.get('content-security-policy')).toBeNull();
  });

  it('after the sanitiser, renders inert: no dialog, no request to another origin, no script or handler left', async () => {
    const tab = await context.newPage();
    const seen = watch(tab);
    await tab.goto(`${server.url}sanitised/`, { waitUntil: 'load' });
    await useLikeAReader(tab);
    expect(seen).toEqual({ dialogs: [], offSite: [] });
    const html = await tab.content();
    expect(html).not.toMatch(/<script|onerror|onmouseover|javascript:|<base|<form|<style|<link|<iframe|evil\.example|tracker\.example/i);
    expect(tab.url()).toBe(`${server.url}sanitised/`);
    await tab.close();
  });

  it('unsanitised, is still held by the <meta> CSP alone: no dialog and no request to another origin', async () => {
    const tab = await context.newPage();
    const seen = watch(tab);
    await tab.goto(`${server.url}raw/`, { waitUntil: 'load' });
    await useLikeAReader(tab);
    expect(seen).toEqual({ dialogs: [], offSite: [] });
    // The raw page really was hostile: the CSP reported what it blocked.
    const violations = await tab.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    expect(violations.length).toBeGreaterThan(0);
    await tab.close();
  });

  it('a meta refresh in content is removed, so the reader stays on the page', async () => {
    const tab = await context.newPage();
    const seen = watch(tab);
    await tab.goto(`${server.url}refresh/`, { waitUntil: 'load' });
    await tab.waitForTimeout(1000);
    expect(tab.url()).toBe(`${server.url}refresh/`);
    expect(seen.offSite).toEqual([]);
    await tab.close();
  });
});
