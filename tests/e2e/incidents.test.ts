/**
 * Incident pages in Chromium under a sub-path: the "In an incident" panel in
 * the first 1280 × 800 screen, the copy button on run book commands (by
 * keyboard, and what a screen reader is told), pages at 375 px, and the
 * service page on screen and in print, saved as screenshots under
 * test-results/screenshots/. Axe and the CSP are checked on each page.
 * Every target on every service page and incident pack passes WCAG 2.2
 * target size (2.5.8) on phones.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, newContext, servedSite, visit } from './support/browser.ts';
import { targetSizeFailures } from './support/target-size.ts';
import { EXAMPLE_CONTENT } from '../support/site.ts';

const BASE = '/ops-manual/';
const SERVICE = 'services/report-mentor-funding/';
const RUNBOOK = 'services/report-mentor-funding/runbooks/resend-funding-claim-emails/';
const SCREENSHOTS = 'test-results/screenshots';

const site = servedSite(BASE);
beforeAll(() => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

async function open(path: string, on: BrowserContext = site.context): Promise<Page> {
  const page = await on.newPage();
  expect(await visit(page, `${site.server.url}${path}`)).toEqual({ loading: [], csp: [] });
  return page;
}

describe('the service page', () => {
  it('has the contact, severities, dashboards and run book in the first 1280 × 800 screen, and passes axe', async () => {
    const page = await open(SERVICE);
    const panel = page.locator('.app-incident');
    const box = await panel.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(800);
    for (const name of ['mentor-funding-support@example.org', 'Application performance (Grafana)', 'Resend claim emails after a Notify outage']) {
      expect(await panel.getByRole('link', { name }).isVisible(), name).toBe(true);
    }
    expect(await panel.getByRole('table', { name: 'Severity levels' }).isVisible()).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/service-page-1280x800.png` });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('prints the panel', async () => {
    const page = await open(SERVICE);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-incident').isVisible()).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/service-page-print.png`, fullPage: true });
  });

  it('fits a 375 px phone without scrolling sideways', async () => {
    const phone = await newContext(site.browser, { viewport: { width: 375, height: 800 } });
    for (const path of [RUNBOOK, 'alerts/']) {
      const page = await open(path, phone);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
      if (path === RUNBOOK) await page.screenshot({ path: `${SCREENSHOTS}/runbook-375.png`, fullPage: true });
    }
    // The service page's panel fits too (its severity table scrolls inside it).
    const page = await open(SERVICE, phone);
    const box = await page.locator('.app-incident').boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: `${SCREENSHOTS}/service-page-375.png` });
    await phone.close();
  });
});

describe('the incident pack', () => {
  it('passes axe, and prints without the header, search or navigation, with link addresses', async () => {
    const page = await open(`${SERVICE}incident-pack/`);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.govuk-template__header', '.govuk-breadcrumbs', '.govuk-footer']) expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
    const after = await page.locator('.app-incident-pack a[href^="https://grafana"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toBe('" (https://grafana.example.org/d/report-mentor-funding-app)"');
    expect(await page.getByRole('heading', { name: 'Resend claim emails after a Notify outage' }).isVisible()).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/incident-pack-print.png`, fullPage: true });
  });
});

describe('the copy button', () => {
  it('is reached by keyboard, copies the command without prompt or output, and tells a screen reader', async () => {
    const page = await open(RUNBOOK);
    const button = page.getByRole('button', { name: 'Copy code block' });
    expect(await button.isVisible()).toBe(true);
    // Tab from the top of the page to the button, as a keyboard user would.
    let focused = '';
    for (let i = 0; i < 60 && focused !== 'Copy code block'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent?.trim() ?? '');
    }
    expect(focused).toBe('Copy code block');
    await page.keyboard.press('Enter');
    const status = page.locator('[data-copy-code-status]');
    await expect.poll(() => status.textContent()).toBe('Copied the command to the clipboard.');
    expect(await status.ariaSnapshot()).toBe('- status: Copied the command to the clipboard.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(
      'az webapp ssh --resource-group report-mentor-funding-production --name report-mentor-funding-production-web --command "bin/claims emails:failed --from 2026-06-10 --to 2026-06-11 --count"',
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('is not there without JavaScript, and the steps still read', async () => {
    const noScript = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${site.server.url}${RUNBOOK}`);
    expect(await page.locator('button.app-copy-code').count()).toBe(0);
    expect(await page.locator('pre').first().innerText()).toContain('$ az webapp ssh');
    await noScript.close();
  });
});

describe('alert pages', () => {
  it('lists alerts, and an alert address lands on its run book', async () => {
    const list = await open('alerts/');
    expect(await axeViolations(list)).toEqual([]);
    const page = await site.context.newPage();
    await page.goto(`${site.server.url}alerts/funding-claim-emails-failing/`);
    await page.waitForURL(`**/${RUNBOOK}`);
    expect(await page.locator('h1').innerText()).toBe('Resend claim emails after a Notify outage');
  });
});

describe('target size (WCAG 2.2, 2.5.8)', () => {
  // The example site's services: the site under test is built from it (servedSite's default content).
  const services = readdirSync(`${EXAMPLE_CONTENT}/services`).map((file) => file.replace(/\.mdx?$/, '')).sort();
  // 375 px, a small phone's 320 px, and Lighthouse's phone (412 px), where a wrapped link's box spans two lines.
  it.each([320, 375, 412])('every link and button on each service page and incident pack is 24 × 24 px or spaced, at %i px', async (width) => {
    const phone = await newContext(site.browser, { viewport: { width, height: 800 } });
    const failures: string[] = [];
    for (const path of services.flatMap((id) => [`services/${id}/`, `services/${id}/incident-pack/`])) {
      const page = await open(path, phone);
      failures.push(...(await targetSizeFailures(page)).map((failure) => `${path}: ${failure}`));
      await page.close();
    }
    await phone.close();
    expect(failures).toEqual([]);
  });

  it('fails links under 24 px stacked closer than 24 px, passes links in a sentence and a link with room around it', async () => {
    const page = await site.context.newPage();
    await page.setContent(`<!DOCTYPE html><html lang="en"><body style="font: 16px sans-serif; margin: 0; width: 300px">
      <ul style="margin: 0; padding: 0; list-style: none; line-height: 20px"><li><a href="#a">First link</a></li><li><a href="#b">Second link</a></li></ul>
      <p style="margin: 40px 0; width: 120px; line-height: 20px">Read <a href="#c">the guidance</a> and <a href="#d">the run book</a> before you start.</p>
      <p style="margin: 40px 0"><a href="#e">Alone, with room</a></p>
    </body></html>`);
    const failures = await targetSizeFailures(page);
    expect(failures).toHaveLength(2);
    expect(failures[0]).toMatch(/^First link \(\d+×1\d at 0,\d\): under 24 × 24 px and within 24 px of Second link$/);
    expect(failures[1]).toMatch(/^Second link \(\d+×1\d at 0,2\d\): under 24 × 24 px and within 24 px of First link$/);
    await page.close();
  });
});
