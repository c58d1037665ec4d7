/**
 * Every built page in real Chromium, on a root build and a sub-path build,
 * served with the site's own `_headers` (so its CSP is enforced): no
 * accessibility violations, no CSP violations, no broken requests, readable
 * without JavaScript, usable by keyboard, and search that finds pages.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../support/quality/static-server.ts';
import { EXAMPLE_SETTINGS, htmlPages, ROOT } from '../support/site.ts';
import { exampleSite } from './support/example-site.ts';

const MAIN_NAVIGATION = EXAMPLE_SETTINGS.navigation!;
import { axeViolations, launchChromium, newContext, pageUrl, visit } from './support/browser.ts';
import { tabStops, tabTo } from './support/keyboard.ts';
import { pageKind } from '../../scripts/bench/page-kind.ts';

const SCREENSHOTS = path.join(ROOT, 'test-results/screenshots');

/** The first page of each kind, in the order given. */
function onePerKind(pages: string[]): string[] {
  const seen = new Set<string>();
  return pages.filter((page) => !seen.has(pageKind(page)) && seen.add(pageKind(page)));
}

/** Queries for words in the seed content, and the page that should come first. */
const SEARCHES = [
  { query: 'support rota', page: 'guidance/operations/preparing-for-live-support/', title: 'Preparing for live support' },
];

const BUILDS = [
  { name: 'root', base: '/' },
  { name: 'sub-path', base: '/ops-manual/' },
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(BUILDS)('$name build (base $base)', ({ name, base }) => {
  const outDir = exampleSite(base);
  // Redirect pages (oldPaths, alert addresses) leave at once: they are checked by the build tests, not visited here.
  const pages = htmlPages(outDir).filter((page) => !/<meta http-equiv="refresh"/.test(readFileSync(path.join(outDir, page), 'utf8')));
  let server: StaticServer;
  let context: BrowserContext;
  let noScript: BrowserContext;

  beforeAll(async () => {
    server = await serveStatic({ root: outDir, base });
    context = await newContext(browser);
    noScript = await newContext(browser, { javaScriptEnabled: false });
  });
  afterAll(async () => {
    await context?.close();
    await noScript?.close();
    await server?.close();
  });

  async function withPage<T>(use: (page: Page) => Promise<T>, from = context): Promise<T> {
    const page = await from.newPage();
    try {
      return await use(page);
    } finally {
      await page.close();
    }
  }

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  const url = (file: string) => pageUrl(server.url, file);

  // Each visit has its own page (and Chromium renderer), so visits run a few at a time across both cores.
  it.concurrent.each(pages)('%s loads every resource under the CSP, with no violation or error, and passes axe', async (file) => {
    await withPage(async (page) => {
      const problems = await visit(page, url(file));
      expect(problems.csp, 'CSP violations').toEqual([]);
      expect(problems.loading, 'loading problems').toEqual([]);
      expect(await axeViolations(page), 'axe violations').toEqual([]);
    });
  });

  // What shows without JavaScript does not depend on the base path either: the root build's pages.
  it.concurrent.each(base === '/' ? pages : [])('%s shows its main content and the navigation without JavaScript', async (file) => {
    await withPage(async (page) => {
      await page.goto(url(file));
      const main = page.locator('main#main-content');
      expect(await main.isVisible()).toBe(true);
      expect((await main.innerText()).trim().length).toBeGreaterThan(40);
      const nav = page.getByRole('navigation', { name: 'Menu' }).getByRole('link');
      expect(await nav.allInnerTexts()).toEqual(MAIN_NAVIGATION.map((item) => item.label));
    }, noScript);
  });

  // Focus styles come from the layout and each kind of page's components, not the base path: the first page of each
  // kind (scripts/bench/page-kind.ts) in the root build. One page at a time: key presses go to the focused page.
  it.each(base === '/' ? onePerKind(pages) : [])('%s shows where focus is at every Tab stop, starting with the skip link', async (file) => {
    await withPage(async (page) => {
      await page.goto(url(file));
      const stops = await tabStops(page);
      expect(stops[0]?.element).toBe('a.govuk-skip-link "Skip to main content"');
      expect(stops.filter((stop) => !stop.indicator).map((stop) => stop.element), 'stops with no visible focus').toEqual([]);
    });
  });

  it('moves focus to the main content from the skip link', async () => {
    await withPage(async (page) => {
      await page.goto(server.url);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    });
  });

  it('reaches and uses the header search by keyboard', async () => {
    await withPage(async (page) => {
      await page.goto(pageUrl(server.url, 'guidance/index.html'));
      await tabTo(page, () => document.activeElement?.id === 'header-search');
      await page.keyboard.type(SEARCHES[0]!.query);
      await page.keyboard.press('Enter');
      await page.waitForURL(`${server.url}search/?q=${encodeURIComponent(SEARCHES[0]!.query).replace(/%20/g, '+')}`);
      await expect.poll(() => page.locator('[data-search-results] a').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    });
  });

  it.each(MAIN_NAVIGATION)('reaches and follows the "$label" navigation link by keyboard', async (item) => {
    await withPage(async (page) => {
      await page.goto(server.url);
      await tabTo(page, (label) => document.activeElement?.closest('nav[aria-label="Menu"]') !== null && document.activeElement?.textContent?.trim() === label, item.label);
      await page.keyboard.press('Enter');
      await page.waitForURL(`${server.url}${item.path.slice(1)}`);
      expect(await page.locator('h1').innerText()).toBe(item.label);
    });
  });

  it('tells readers without JavaScript how to find pages on the search page', async () => {
    await withPage(async (page) => {
      await page.goto(pageUrl(server.url, 'search/index.html'));
      expect(await page.locator('[data-no-js-message]').innerText()).toMatch(/Search needs JavaScript.*A to Z list/);
      const contentPages = pages.filter((p) => /^(guidance|service-standard|services)\/.+\/index\.html$/.test(p));
      expect(await page.locator('main ul a').count()).toBeGreaterThanOrEqual(contentPages.length);
    }, noScript);
  });

  it.each(SEARCHES)('finds "$query" with $title first, and its link opens it', async ({ query, page: expected, title }) => {
    await withPage(async (page) => {
      await page.goto(pageUrl(server.url, 'search/index.html'));
      await expect.poll(() => page.locator('[data-no-js-message]').isVisible(), { message: 'the no-JavaScript message goes', timeout: 15_000 }).toBe(false);
      await page.locator('#search-input').fill(query);
      await page.keyboard.press('Enter');
      const first = page.locator('[data-search-results] > li a').first();
      await first.waitFor();
      // The result may land on a heading within the page, so compare the page's path.
      expect(new URL((await first.getAttribute('href'))!, server.url).pathname).toBe(`${base}${expected}`);
      await first.click();
      await page.waitForURL((url) => url.pathname === `${base}${expected}`);
      expect(await page.locator('h1').innerText()).toBe(title);
    });
  });

  if (base === '/') {
    it('saves screenshots of the main page types at desktop and mobile widths', async () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const shots = [
        { name: 'home', file: 'index.html' },
        { name: 'guidance', file: 'guidance/operations/incident-management/index.html' },
        { name: 'service', file: pages.find((p) => /^services\/.+\/index\.html$/.test(p))! },
        { name: 'search-results', file: 'search/index.html', query: SEARCHES[0]!.query },
        { name: 'checklist', file: 'checklists/ready-for-live-support/index.html' },
        { name: 'readiness', file: 'readiness/index.html' },
        { name: 'team', file: 'teams/mentor-training-team/index.html' },
        { name: 'services-map', file: 'services/map/index.html' },
        { name: 'alerts', file: 'alerts/index.html' },
      ];
      for (const width of [1280, 375]) {
        const sized = await newContext(browser, { viewport: { width, height: width > 400 ? 800 : 667 } });
        for (const shot of shots) {
          const page = await sized.newPage();
          await page.goto(`${pageUrl(server.url, shot.file)}${shot.query ? `?q=${encodeURIComponent(shot.query)}` : ''}`);
          if (shot.query) await page.locator('[data-search-results] li').first().waitFor();
          await page.screenshot({ path: path.join(SCREENSHOTS, `${shot.name}-${width}.png`), fullPage: true });
          await page.close();
        }
        await sized.close();
      }
    });
  }
});
