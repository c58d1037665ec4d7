/**
 * A checklist page in Chromium under a sub-path: the self-assessment (tick,
 * keep the ticks across visits, copy as service answers that the schema
 * accepts), and the print view (no navigation, tick boxes on paper), with
 * axe and the CSP checked in both.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checklistAnswersShape } from '../../src/schemas/checklist-answers.ts';
import { axeViolations, newContext, servedSite, visit } from './support/browser.ts';

const BASE = '/ops-manual/';
const PAGE = 'checklists/ready-for-live-support/';

const site = servedSite(BASE);
// A new context for each test: its own localStorage, so no test sees another's ticks.

/** The copied answers, pasted on the line after a service file's `checklists:` key, read through the service schema. */
const pasted = (copied: string) => checklistAnswersShape.checklists.parse((parse(`checklists:\n${copied}`, { schema: 'core' }) as { checklists: unknown }).checklists);
const ticked = (page: Page) => page.locator('input[data-item]:checked').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).dataset.item));

async function open(): Promise<Page> {
  const page = await site.context.newPage();
  const problems = await visit(page, `${site.server.url}${PAGE}`);
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
    const answers = pasted(copied);
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

describe('the self-assessment for one service', () => {
  // Find mentor training's answers to this checklist (tests/fixtures/example-site/content/services/find-mentor-training.md).
  const DONE = ['service-level-objectives', 'severity-levels', 'operational-responsibility', 'support-rota', 'incident-process', 'support-roles', 'post-incident-reviews'];

  it('starts the ticks from the service’s answers, keeps them per service, and copies them with dates and evidence placeholders', async () => {
    const page = await open();
    const select = page.getByLabel('Service', { exact: true });
    await expect.poll(() => select.locator('option').count()).toBeGreaterThan(1);
    await select.selectOption({ label: 'Find mentor training' });
    // The ticks change once the lazily loaded answers code has arrived: wait for them.
    await expect.poll(async () => (await ticked(page)).sort()).toEqual([...DONE].sort());
    await page.getByLabel('Done: Choose the systems for incident reports').check();
    // Another service's ticks are its own: this one has not answered the checklist.
    await select.selectOption({ label: 'Manage continuing professional development' });
    await expect.poll(() => ticked(page)).toEqual([]);
    await page.close();

    const again = await open();
    // The service chosen last is chosen again, with its ticks.
    await expect.poll(() => again.getByLabel('Service', { exact: true }).inputValue()).toBe('manage-continuing-professional-development');
    await again.getByLabel('Service', { exact: true }).selectOption({ label: 'Find mentor training' });
    expect(await ticked(again)).toContain('incident-systems');
    await again.getByRole('button', { name: 'Copy as service answers' }).click();
    await expect.poll(() => again.locator('[data-copy-status]').innerText()).toMatch(/^Copied\./);
    const copied = await again.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith('  ready-for-live-support:\n')).toBe(true);
    const answers = pasted(copied)['ready-for-live-support']!;
    // Kept from the service file: its date and evidence.
    expect(answers['support-rota']).toEqual({ status: 'done', date: new Date('2026-10-05T00:00:00Z'), evidence: 'Weekly rota in this manual' });
    // Newly ticked: dated today, with an empty evidence: for the team to fill in.
    expect(copied).toMatch(/    incident-systems:\n      status: done\n      date: \d{4}-\d{2}-\d{2}\n      evidence:\n/);
    // Kept: a reason for not applicable, and the in-progress answer's evidence.
    expect(answers['hand-offs']?.status).toBe('not-applicable');
    expect(answers['user-reported-issues']).toMatchObject({ status: 'in-progress', evidence: 'A feedback form reaches the team channel; triage is not agreed yet' });
    await again.close();
  });

  it('works from the keyboard alone', async () => {
    const page = await open();
    await expect.poll(() => page.locator('select[data-service] option').count()).toBeGreaterThan(1);
    await page.locator('select[data-service]').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('select[data-service]').inputValue()).not.toBe('');
    const first = page.locator('input[data-item]').first();
    await first.focus();
    const before = await first.isChecked();
    await page.keyboard.press('Space');
    expect(await first.isChecked()).toBe(!before);
    await page.getByRole('button', { name: 'Copy as service answers' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-copy-status]').innerText()).toMatch(/^Copied\./);
    expect(await page.locator('[data-answers]').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('without JavaScript, leaves a readable checklist with no tick boxes or service picker', async () => {
    const noScript = await newContext(site.browser, { javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${site.server.url}${PAGE}`);
    expect(await page.locator('[data-self-assessment]').isVisible()).toBe(false);
    expect(await page.locator('input[data-item]').first().isVisible()).toBe(false);
    expect(await page.locator('.govuk-task-list__item').count()).toBeGreaterThan(5);
    expect(await page.getByRole('link', { name: 'Set up a support rota with a Support Lead and a Support Engineer' }).first().isVisible()).toBe(true);
    await noScript.close();
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
