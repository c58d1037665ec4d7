/**
 * A page with a Mermaid diagram, served with the site's real CSP: the diagram
 * draws with no CSP violation, no request to another origin, passes axe, and
 * is an image with an accessible name and description.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../support/quality/static-server.ts';
import { ROOT } from '../support/site.ts';
import { exampleSite } from './support/example-site.ts';
import { axeViolations, launchChromium, newContext, visit } from './support/browser.ts';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  const outDir = exampleSite('/');
  browser = await launchChromium();
  server = await serveStatic({ root: outDir, headersFile: path.join(ROOT, 'public/_headers') });
}, 180_000);
afterAll(async () => {
  await server?.close();
  await browser?.close();
});

describe('a service page with a diagram', () => {
  it('draws the diagram under the CSP, accessibly, with no request elsewhere', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const problems = await visit(page, `${server.url}services/find-mentor-training/`);
    expect(problems.csp).toEqual([]);
    expect(problems.loading).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(server.url))).toEqual([]);
    const svg = page.locator('figure.app-diagram svg[role="img"]');
    await expect.poll(() => svg.count()).toBe(1);
    expect(await page.getByRole('img', { name: 'How Find mentor training fits together' }).count()).toBe(1);
    const box = await svg.boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    // The colours come from the site's stylesheet, not from the SVG.
    expect(await page.locator('figure.app-diagram rect').first().evaluate((rect) => getComputedStyle(rect).fill)).toBe('rgb(243, 242, 241)');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
