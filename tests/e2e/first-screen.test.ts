/**
 * What a reader sees first, in Chromium (issue 23, items 4 and 6): the search
 * page does not jump as its search interface replaces the no-JavaScript note,
 * and on a phone the service page's title and "Report it to" line are in the
 * first 600 px, with the navigation behind GOV.UK service navigation's Menu
 * button (and the whole list without JavaScript). Screenshots at 375 and
 * 1280 px go to test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_SETTINGS, htmlPages } from '../support/site.ts';
import { exampleSite } from './support/example-site.ts';
import { axeViolations, newContext, servedSite, visit } from './support/browser.ts';
import { tabTo } from './support/keyboard.ts';

// The site under test is the example site (built once per run by support/global-setup.ts), so its navigation is the example's.
const MAIN_NAVIGATION = EXAMPLE_SETTINGS.navigation!;

const BASE = '/ops-manual/';
const SCREENSHOTS = 'test-results/screenshots';
const PHONES = [
  { width: 375, height: 667 },
  { width: 320, height: 568 },
];
const SIZES = [{ width: 1280, height: 800 }, PHONES[0]!];
/** Lighthouse's "good" is 0.1; issue 23 asks for at most 0.05. */
const MAX_SHIFT = 0.05;
/** How long scripts take to arrive, as on a phone network: the page is painted before they run, as Lighthouse sees it. */
const SCRIPT_DELAY_MS = 400;

const site = servedSite(BASE);
let servicePages: string[] = [];
beforeAll(() => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // Every service manual (not its run books, incident pack or letter pages).
  servicePages = htmlPages(exampleSite(BASE))
    .filter((page) => /^services\/[^/]+\/index\.html$/.test(page) && !/^services\/(map|a-z)\//.test(page))
    .map((page) => page.replace(/index\.html$/, ''));
});

async function sized(size: { width: number; height: number }, options: Parameters<typeof newContext>[1] = {}): Promise<BrowserContext> {
  return newContext(site.browser, { viewport: size, ...options });
}

/** Holds back every script by SCRIPT_DELAY_MS, so the first paint comes before any script runs. */
async function slowScripts(page: Page): Promise<void> {
  await page.route(/\.m?js(\?|$)/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, SCRIPT_DELAY_MS));
    await route.continue();
  });
}

/** Cumulative layout shift so far: every `layout-shift` entry not caused by input, as Chromium reports them. */
function layoutShift(page: Page): Promise<{ total: number; shifts: string[] }> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const shifts: { value: number; sources: string[] }[] = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
            if (entry.hadRecentInput) continue;
            const sources = (entry.sources ?? []).map(({ node }) => (node instanceof Element ? `${node.tagName.toLowerCase()}.${[...node.classList].join('.')}` : String(node?.nodeName)));
            shifts.push({ value: entry.value, sources });
          }
        }).observe({ type: 'layout-shift', buffered: true });
        // Buffered entries arrive in the observer's first callback; none at all means no shift.
        setTimeout(() => resolve({ total: shifts.reduce((sum, s) => sum + s.value, 0), shifts: shifts.map((s) => `${s.value.toFixed(3)} ${s.sources.join(', ')}`) }), 250);
      }),
  );
}

describe('the search page', () => {
  it.each(SIZES)('does not shift as the search interface loads, at $width × $height', async (size) => {
    const context = await sized(size);
    const page = await context.newPage();
    await slowScripts(page);
    await page.goto(`${site.server.url}search/`);
    await page.locator('[data-search-form]').waitFor({ state: 'visible' });
    await page.locator('[data-shortcut-setting]').waitFor({ state: 'visible' });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const shift = await layoutShift(page);
    expect(shift.total, `layout shifts: ${shift.shifts.join('; ')}`).toBeLessThanOrEqual(MAX_SHIFT);
    await context.close();
  });
});

describe('a service page on a phone', () => {
  it.each(PHONES)('has the title and the "Report it to" line in the first 600 px at $width × $height, with no layout shift', async (size) => {
    const context = await sized(size);
    for (const service of servicePages) {
      const page = await context.newPage();
      await slowScripts(page);
      expect(await visit(page, `${site.server.url}${service}`)).toEqual({ loading: [], csp: [] });
      // Module scripts have run by the load event that visit() waits for.
      const title = await page.locator('main h1').boundingBox();
      const contact = await page.locator('.app-incident__facts').evaluate((list) => {
        const term = [...list.querySelectorAll('dt')].find((dt) => dt.textContent?.trim() === 'Report it to');
        const bottoms = [term, term?.nextElementSibling].map((el) => el?.getBoundingClientRect().bottom ?? Infinity);
        return Math.max(...bottoms);
      });
      expect((title?.y ?? Infinity) + (title?.height ?? 0), `${service} title bottom`).toBeLessThanOrEqual(600);
      expect(contact, `${service} "Report it to" bottom`).toBeLessThanOrEqual(600);
      const shift = await layoutShift(page);
      expect(shift.total, `${service} layout shifts: ${shift.shifts.join('; ')}`).toBeLessThanOrEqual(MAX_SHIFT);
      await page.close();
    }
    await context.close();
  });
});

describe('the navigation on a phone', () => {
  const navLinks = (page: Page) => page.getByRole('navigation', { name: 'Menu' }).getByRole('link');

  it.each(PHONES)('shows every link without JavaScript, each reached by keyboard, at $width px', async (size) => {
    const context = await sized(size, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}services/`);
    expect(await page.locator('.govuk-service-navigation__toggle').isVisible()).toBe(false);
    expect(await navLinks(page).allInnerTexts()).toEqual(MAIN_NAVIGATION.map((item) => item.label));
    for (const link of await navLinks(page).all()) expect(await link.isVisible()).toBe(true);
    for (const item of MAIN_NAVIGATION) {
      await tabTo(page, (label) => document.activeElement?.closest('nav[aria-label="Menu"]') !== null && document.activeElement?.textContent?.trim() === label, item.label);
    }
    await context.close();
  });

  it.each(PHONES)('opens and closes with the Menu button, by keyboard, at $width px, and passes axe', async (size) => {
    const context = await sized(size);
    const page = await context.newPage();
    expect(await visit(page, `${site.server.url}services/`)).toEqual({ loading: [], csp: [] });
    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await menu.isVisible()).toBe(true);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    const list = page.locator(`#${await menu.getAttribute('aria-controls')}`);
    expect(await list.isVisible()).toBe(false);
    expect(await axeViolations(page), 'axe with the menu closed').toEqual([]);

    await tabTo(page, () => document.activeElement?.textContent?.trim() === 'Menu');
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await list.isVisible()).toBe(true);
    expect(await navLinks(page).allInnerTexts()).toEqual(MAIN_NAVIGATION.map((item) => item.label));
    expect(await axeViolations(page), 'axe with the menu open').toEqual([]);
    // The next Tab stop is the first link in the menu.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(MAIN_NAVIGATION[0]!.label);
    await page.screenshot({ path: `${SCREENSHOTS}/menu-open-${size.width}.png` });

    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await list.isVisible()).toBe(false);
    await context.close();
  });

  it('is a row of links with no Menu button at 1280 px', async () => {
    const context = await sized(SIZES[0]!);
    const page = await context.newPage();
    await visit(page, `${site.server.url}services/`);
    expect(await page.locator('.govuk-service-navigation__toggle').isVisible()).toBe(false);
    for (const link of await navLinks(page).all()) expect(await link.isVisible()).toBe(true);
    const tops = await navLinks(page).evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
    expect(new Set(tops).size, 'the links share one row').toBe(1);
    await context.close();
  });

  it('saves screenshots of a service page and the search page at 375 and 1280 px', async () => {
    const service = servicePages.find((p) => p.includes('report-mentor-funding')) ?? servicePages[0]!;
    for (const size of SIZES) {
      const context = await sized(size);
      for (const [name, address] of [['service', service], ['search', 'search/']] as const) {
        const page = await context.newPage();
        await visit(page, `${site.server.url}${address}`);
        await page.screenshot({ path: `${SCREENSHOTS}/first-screen-${name}-${size.width}.png` });
        await page.close();
      }
      await context.close();
    }
  });
});

describe('when the scripts never arrive', () => {
  it('goes back to what the page shows without JavaScript: the search note and the whole navigation', async () => {
    const context = await sized(PHONES[0]!);
    const page = await context.newPage();
    await page.route(/\.m?js(\?|$)/, (route) => route.abort());
    await page.goto(`${site.server.url}search/`);
    await expect.poll(() => page.locator('[data-no-js-message]').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await page.locator('[data-search-form]').isVisible()).toBe(false);
    expect(await page.locator('[data-search-ui]').isVisible()).toBe(false);
    expect(await page.locator('.govuk-service-navigation__toggle').isVisible()).toBe(false);
    for (const link of await page.getByRole('navigation', { name: 'Menu' }).getByRole('link').all()) expect(await link.isVisible()).toBe(true);
    await context.close();
  });
});
