/**
 * A checklist page in Chromium under a sub-path: the self-assessment (tick,
 * keep the ticks across visits, copy as service answers that the schema
 * accepts), and the print view (no navigation, tick boxes on paper), with
 * axe and the CSP checked in both.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checklistAnswersShape } from '../../src/schemas/checklist-answers.ts';
import { serveStatic, type StaticServer } from '../support/quality/static-server.ts';
import { buildOnce } from '../support/site.ts';
import { axeViolations, launchChromium, newContext, visit } from './support/browser.ts';

const BASE = '/ops-manual/';
const PAGE = 'checklists/ready-for-live-support/';

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
beforeAll(async () => {
  const { outDir } = buildOnce({ name: 'e2e-checklists', base: BASE });
  server = await serveStatic({ root: outDir, base: BASE });
  browser = await launchChromium();
});
// A new context for each test: its own localStorage, so no test sees another's ticks.
beforeEach(async () => {
  context = await newContext(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
});
afterEach(async () => {
  await context?.close();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(): Promise<Page> {
  const page = await context.newPage();
  const problems = await visit(page, `${server.url}${PAGE}`);
  expect(problems).toEqual({ loading: [], csp: [] });
  return page;
}

describe('the self-assessment', () => {
  it('shows a tick box for each item, keeps ticks across visits and copies them as answers the service schema accepts', async () => {
    const page = await open();
    const boxes = page.locator('input[data-item]');
    const count = await boxes.count();
    expect(count).toBeGreaterThan(5);
    expect(await page.locator('[data-self-assessment]').isVisible()).toBe(true);
    await page.getByLabel('Done: Set up a support rota with a Support Lead and a Support Engineer').check();
    await page.getByLabel('Done: Agree incident severity levels').check();
    expect(await page.locator('[data-tick-count]').innerText()).toBe(`2 of ${count} ticked`);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();

    const again = await open();
    expect(await again.locator('input[data-item]:checked').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).dataset.item))).toEqual([
      'severity-levels',
      'support-rota',
    ]);
    await again.getByRole('button', { name: 'Copy as service answers' }).click();
    await expect.poll(() => again.locator('[data-copy-status]').innerText()).toMatch(/^Copied\./);
    const copied = await again.evaluate(() => navigator.clipboard.readText());
    expect(await again.locator('[data-answers]').textContent()).toBe(copied);
    const answers = checklistAnswersShape.checklists.parse((parse(copied, { schema: 'core' }) as { checklists: unknown }).checklists);
    const ready = answers['ready-for-live-support']!;
    expect(Object.keys(ready)).toHaveLength(count);
    expect(ready['support-rota']?.status).toBe('done');
    expect(ready['support-rota']?.date).toBeInstanceOf(Date);
    expect(ready['out-of-hours-support']).toEqual({ status: 'not-started' });

    await again.getByRole('button', { name: 'Clear my ticks' }).click();
    expect(await again.locator('input[data-item]:checked').count()).toBe(0);
    await again.close();
  });
});

describe('the print view', () => {
  it('leaves out the navigation and the self-assessment, and gives every item a box to tick, ticked where done', async () => {
    const page = await open();
    await page.getByLabel('Done: Agree incident severity levels').check();
    const screenOnly = ['.govuk-generic-header', '.govuk-service-navigation', '.govuk-phase-banner', '.govuk-breadcrumbs', '.govuk-footer', '[data-self-assessment]', '[data-page-links]'];
    for (const selector of screenOnly) expect(await page.locator(selector).first().isVisible(), `${selector} on screen`).toBe(true);
    expect(await page.locator('.app-tick-box').first().isVisible(), 'paper tick boxes on screen').toBe(false);
    await page.emulateMedia({ media: 'print' });
    for (const selector of screenOnly) expect(await page.locator(selector).first().isVisible(), `${selector} in print`).toBe(false);
    const boxes = page.locator('.app-tick-box');
    expect(await boxes.count()).toBe(await page.locator('.govuk-task-list__item').count());
    expect(await boxes.first().isVisible()).toBe(true);
    expect(await page.locator('input[data-item]').first().isVisible()).toBe(false);
    const tick = (id: string) => page.locator(`#${id} .app-tick-box`).evaluate((box) => getComputedStyle(box, '::after').content);
    expect(await tick('severity-levels')).toBe('"✓"');
    expect(await tick('support-rota')).toBe('none');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
