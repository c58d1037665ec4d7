/**
 * Search in real Chromium, on the search fixture built under a sub-path base
 * and served with the site's own headers (so the CSP is enforced): filters
 * with counts and the URL in step, results that land on the matching
 * heading, titles and aliases ranked first, excerpts that never become
 * markup, the `/` shortcut, Pagefind loading only when search is touched,
 * and the A to Z list without JavaScript.
 */
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globSync } from 'tinyglobby';
import { serveStatic, type StaticServer } from '../support/quality/static-server.ts';
import { buildOnce, ROOT } from '../support/site.ts';
import { axeViolations, cspViolations, launchChromium, newContext } from './support/browser.ts';

const BASE = '/ops-manual/';
const CONTENT = 'tests/fixtures/search/content';
const { outDir } = buildOnce({ name: 'e2e-search', content: CONTENT, base: BASE });

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  server = await serveStatic({ root: outDir, base: BASE, headersFile: path.join(ROOT, 'public/_headers') });
  context = await newContext(browser);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

async function withPage<T>(use: (page: Page) => Promise<T>, from: BrowserContext = context): Promise<T> {
  const page = await from.newPage();
  try {
    return await use(page);
  } finally {
    await page.close();
  }
}

/** Waits for a value as `expect.poll` does, allowing for a busy machine (the first search loads the engine). */
const poll = <T>(value: () => T | Promise<T>) => expect.poll(value, { timeout: 15_000 });

const status = (page: Page) => page.locator('[data-search-status]');
const results = (page: Page) => page.locator('[data-search-results] > li');
const resultTitles = (page: Page) => page.locator('[data-search-results] > li h2 a').allInnerTexts();

/** Opens the search page with a query string and waits for the results to be announced. */
async function search(page: Page, query: string): Promise<void> {
  await page.goto(`${server.url}search/?${query}`);
  await poll(() => status(page).innerText()).toMatch(/result|page|No results/);
}

/** Shows every result, pressing "Show more results" until it goes. */
async function showAll(page: Page): Promise<void> {
  const more = page.getByRole('button', { name: 'Show more results' });
  while (await more.isVisible()) {
    const shown = await results(page).count();
    await more.click();
    await poll(() => results(page).count()).toBeGreaterThan(shown);
  }
}

function checkbox(page: Page, name: string) {
  return page.locator('[data-search-ui]').getByRole('checkbox', { name: new RegExp(`^${name} \\(\\d+\\)$`) });
}

describe('results', () => {
  it('rank a page with the words in its title above one that only repeats them in the body', async () => {
    await withPage(async (page) => {
      await search(page, 'q=platypus');
      expect((await resultTitles(page))[0]).toBe('Platypus rota');
      expect(await resultTitles(page)).toContain('Long escalation guide');
    });
  });

  it('find a service first by its alias, and by its id', async () => {
    await withPage(async (page) => {
      await search(page, 'q=QKS');
      expect((await resultTitles(page))[0]).toBe('Quokka kitchen service');
      await poll(() => results(page).first().innerText()).toContain('Also known as QKS, Old quokka tool');
      await search(page, 'q=quokka-kitchen');
      expect((await resultTitles(page))[0]).toBe('Quokka kitchen service');
    });
  });

  it('show type, owner and last review date, link under the base, and announce the count', async () => {
    await withPage(async (page) => {
      await search(page, 'q=wombat');
      expect(await status(page).innerText()).toBe('1 result for “wombat”');
      expect(await status(page).getAttribute('role')).toBe('status');
      const first = results(page).first();
      expect(await first.locator('h2 a').getAttribute('href')).toBe(`${BASE}guidance/escalation/long-escalation-guide/`);
      expect(await first.innerText()).toContain('Guidance · Owned by Kitchen team · Last reviewed 1 February 2025');
      expect(await first.locator('mark').first().innerText()).toMatch(/^wombat/i);
    });
  });

  it('link to the matching section, and the link lands on its heading', async () => {
    await withPage(async (page) => {
      await search(page, 'q=wombat');
      const section = results(page).first().locator('.app-search-result__sections a').first();
      expect(await section.innerText()).toBe('Waking the wombat');
      expect(await section.getAttribute('href')).toBe(`${BASE}guidance/escalation/long-escalation-guide/#waking-the-wombat`);
      await section.click();
      await page.waitForURL(`${server.url}guidance/escalation/long-escalation-guide/#waking-the-wombat`);
      const target = page.locator(':target');
      expect(await target.evaluate((element) => element.tagName)).toBe('H2');
      expect(await target.innerText()).toBe('Waking the wombat');
      expect(await target.isVisible()).toBe(true);
      const top = await target.evaluate((element) => element.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(200);
    });
  });

  it('say what to try when nothing matches', async () => {
    await withPage(async (page) => {
      await search(page, 'q=qwertyuiopasdf');
      expect(await status(page).innerText()).toBe('No results for “qwertyuiopasdf”. Check the spelling, use fewer words or use the A to Z list below.');
      expect(await results(page).count()).toBe(0);
    });
  });
});

describe('excerpts', () => {
  it('show page text that contains <img src=x onerror=alert(1)> as text, never as markup', async () => {
    await withPage(async (page) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      for (const query of ['q=onerror', 'q=xsscanary', 'q=img+src']) {
        await search(page, query);
        const list = page.locator('[data-search-results]');
        expect(await results(page).count()).toBeGreaterThan(0);
        expect(await list.locator('img, script, iframe, object, embed, svg').count()).toBe(0);
        expect(await list.locator('[onerror], [onload], [onclick]').count()).toBe(0);
        // Only the result markup the page builds, and Pagefind's highlights.
        const tags = await list.evaluate((element) => [...new Set([...element.querySelectorAll('*')].map((child) => child.tagName))].sort());
        expect(tags.every((tag) => ['A', 'H2', 'LI', 'MARK', 'P', 'UL'].includes(tag)), tags.join(' ')).toBe(true);
        expect(await list.innerText()).toContain('<img src=x onerror=alert(1)>');
      }
      await page.waitForTimeout(200); // give a broken image's error handler time to fire, were there one
      expect(dialogs).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
    });
  });
});

describe('filters', () => {
  it('offer every type, phase, owner and tag with a count, and narrow the results', async () => {
    await withPage(async (page) => {
      await search(page, 'q=rota');
      const unfiltered = await resultTitles(page);
      expect(unfiltered).toEqual(expect.arrayContaining(['Platypus rota', 'Rota planner']));
      for (const label of ['Guidance', 'Service Standard', 'Service', 'Beta', 'Live', 'Kitchen team', 'Rota team', 'rota', 'escalation', 'ordering']) {
        expect(await checkbox(page, label).count(), label).toBe(1);
      }
      const typeLabels = () => page.locator('label[for^="filter-type"]').allInnerTexts();
      const before = await typeLabels();
      await showAll(page);
      const facts = await page.locator('[data-search-results] > li > p:first-of-type').allInnerTexts();
      for (const type of ['Guidance', 'Service Standard', 'Service']) {
        expect(before, type).toContain(`${type} (${facts.filter((line) => line === type || line.startsWith(`${type} ·`)).length})`);
      }
      await checkbox(page, 'Service').check();
      await page.waitForURL(`${server.url}search/?q=rota&type=Service`);
      await poll(() => status(page).innerText()).toBe('1 result for “rota” filtered by Service');
      expect(await resultTitles(page)).toEqual(['Rota planner']);
      expect(await results(page).first().innerText()).toContain('Service · Owned by Rota team');
      // A filter's own counts are not narrowed by its own choice; other filters' counts are.
      expect(await typeLabels()).toEqual(before);
      expect(await page.locator('label[for^="filter-phase"]').allInnerTexts()).toEqual(['Beta (0)', 'Live (1)']);
    });
  });

  it('widen within a filter and narrow across filters, with no words at all', async () => {
    await withPage(async (page) => {
      await search(page, 'type=Service');
      expect((await resultTitles(page)).sort()).toEqual(['Quokka kitchen service', 'Rota planner']);
      expect(await status(page).innerText()).toBe('2 pages filtered by Service');
      await search(page, 'type=Service&type=Service+Standard');
      expect((await resultTitles(page)).sort()).toEqual(['Operate a reliable service', 'Quokka kitchen service', 'Rota planner']);
      await search(page, 'type=Service&phase=Beta');
      expect(await resultTitles(page)).toEqual(['Quokka kitchen service']);
      await search(page, 'owner=Kitchen+team&tag=incidents');
      expect(await resultTitles(page)).toEqual(['Long escalation guide']);
    });
  });

  it('keep the search in the URL, so Back and Forward replay it', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.url}search/`);
      const box = page.locator('#search-input');
      await box.fill('rota');
      await box.press('Enter');
      await page.waitForURL(`${server.url}search/?q=rota`);
      await poll(() => status(page).innerText()).toMatch(/^\d+ results for “rota”$/);
      await checkbox(page, 'Live').check();
      await page.waitForURL(`${server.url}search/?q=rota&phase=Live`);
      await poll(() => status(page).innerText()).toMatch(/filtered by Live$/);
      await box.fill('wombat');
      await box.press('Enter');
      await page.waitForURL(`${server.url}search/?q=wombat&phase=Live`);
      await page.goBack();
      await page.waitForURL(`${server.url}search/?q=rota&phase=Live`);
      await poll(() => box.inputValue()).toBe('rota');
      await poll(() => status(page).innerText()).toMatch(/for “rota” filtered by Live$/);
      await page.goBack();
      await page.waitForURL(`${server.url}search/?q=rota`);
      await poll(() => checkbox(page, 'Live').isChecked()).toBe(false);
      await poll(() => status(page).innerText()).toMatch(/^\d+ results for “rota”$/);
      await page.goForward();
      await poll(() => checkbox(page, 'Live').isChecked()).toBe(true);
      expect(await page.title()).toMatch(/^“rota” - Search - /);
    });
  });

  it('pass axe and the CSP with results and filters showing', async () => {
    await withPage(async (page) => {
      await search(page, 'q=rota&type=Service&phase=Live');
      expect(await axeViolations(page)).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
    });
  });
});

describe('header search', () => {
  const guidancePage = () => `${server.url}guidance/escalation/platypus-rota/`;

  it('loads no search code until a search box has focus', async () => {
    await withPage(async (page) => {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(guidancePage());
      await page.waitForLoadState('networkidle');
      expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
      await page.locator('#header-search').focus();
      await poll(() => requests.some((url) => url.endsWith(`${BASE}pagefind/pagefind.js`))).toBe(true);
    });
  });

  it('takes focus with /, but not while the reader types in a field, and submits to the search page', async () => {
    await withPage(async (page) => {
      await page.goto(guidancePage());
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search');
      await page.keyboard.type('wombat/x');
      expect(await page.locator('#header-search').inputValue()).toBe('wombat/x');
      await page.locator('#header-search').fill('wombat');
      await page.keyboard.press('Enter');
      await page.waitForURL(`${server.url}search/?q=wombat`);
      await poll(() => status(page).innerText()).toBe('1 result for “wombat”');
      // On the search page, / goes to the page's own search box.
      await page.locator('h1').click();
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    });
  });

  it('can have the / shortcut turned off, and on again (WCAG 2.1.4)', async () => {
    const own = await newContext(browser);
    try {
      await withPage(async (page) => {
        await page.goto(`${server.url}search/`);
        const toggle = page.getByRole('button', { name: 'Turn off the / shortcut' });
        await toggle.click();
        await page.goto(guidancePage());
        await page.keyboard.press('/');
        expect(await page.evaluate(() => document.activeElement?.id ?? '')).not.toBe('header-search');
        expect(await page.locator('#header-search').getAttribute('aria-keyshortcuts')).toBeNull();
        await page.goto(`${server.url}search/`);
        await page.getByRole('button', { name: 'Turn on the / shortcut' }).click();
        await page.goto(guidancePage());
        await page.keyboard.press('/');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search');
      }, own);
    } finally {
      await own.close();
    }
  });
});

describe('without JavaScript', () => {
  let noScript: BrowserContext;
  beforeAll(async () => {
    noScript = await newContext(browser, { javaScriptEnabled: false });
  });
  afterAll(async () => {
    await noScript?.close();
  });

  /** Every content file's page, from the fixture's folders: guidance, standards and services. */
  function contentPages(): string[] {
    const paths = (folder: string, prefix: string) =>
      globSync('**/*.{md,mdx}', { cwd: path.join(ROOT, CONTENT, folder) }).map((file) => `${BASE}${prefix}${file.replace(/\.mdx?$/, '/').replace(/(^|\/)index\/$/, '$1')}`);
    // The page on writing a service manual is built from code, on every site.
    return [...paths('guidance', 'guidance/'), ...paths('standards', 'service-standard/'), ...paths('services', 'services/'), `${BASE}create-a-service-manual/`].sort();
  }

  it('the search page says how to find pages and lists every page and service A to Z', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.url}search/?q=wombat`);
      expect(await page.locator('[data-no-js-message]').innerText()).toContain('Search needs JavaScript');
      expect(await page.locator('form[data-search-form]').isVisible()).toBe(false);
      expect(await page.locator('[data-search-ui]').isVisible()).toBe(false);
      const links = await page.locator('#a-to-z ~ ul:not(.app-az-letters) a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
      expect(links.sort()).toEqual(contentPages());
      const letters = await page.getByRole('navigation', { name: 'A to Z letters' }).getByRole('link').allInnerTexts();
      expect(letters).toEqual(['C', 'E', 'I', 'L', 'O', 'P', 'Q', 'R']);
      await page.getByRole('link', { name: 'Quokka kitchen service' }).click();
      await page.waitForURL(`${server.url}services/quokka-kitchen/`);
      expect(await page.locator('h1').innerText()).toBe('Quokka kitchen service');
    }, noScript);
  });
});
