/**
 * Lists that grow with the site split before a page passes its weight budget
 * (src/lib/paging/limits.ts). OPS_MANUAL_PAGE_LIMITS=1 makes every limit 1, so
 * small sites show every split layout; `npm run bench -- --services 300`
 * weighs them at full size.
 */
import { describe, expect, it } from 'vitest';
import { buildOnce, htmlPages, pageText, readPage } from '../support/site.ts';
import { htmlErrors } from '../support/quality/html-validation.ts';
import { nuHtmlErrors } from '../support/quality/nu-html.ts';

const env = { OPS_MANUAL_PAGE_LIMITS: '1', OPS_MANUAL_TODAY: '2026-12-01' };
const text = (html: string) => pageText(html).trim();
const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);

describe('the seed site with every list split', () => {
  const { outDir } = buildOnce({ name: 'split-lists', env });
  const pages = htmlPages(outDir);
  const page = (path: string) => readPage(outDir, `${path}index.html`);

  it('writes every split page as valid HTML', async () => {
    const split = pages.filter((file) => /(^|\/)(a-z|teams|pages)\//.test(file) || file.startsWith('reviews/'));
    expect(split.length).toBeGreaterThan(5);
    expect(await htmlErrors(outDir, split)).toEqual([]);
  });

  it('writes every page, split pages included, as HTML the W3C Nu HTML Checker passes', () => {
    expect(nuHtmlErrors(outDir, pages)).toEqual([]);
  });

  it('keeps every service within two clicks of /services/ without JavaScript', () => {
    const index = page('services/');
    expect(index).not.toContain('data-catalogue>');
    const letters = hrefs(index).filter((href) => href.startsWith('/services/a-z/'));
    expect(letters.length).toBeGreaterThan(1);
    const reached = new Set(letters.flatMap((letter) => hrefs(page(letter.slice(1)))));
    for (const service of ['find-mentor-training', 'manage-continuing-professional-development', 'report-mentor-funding']) {
      expect(reached, service).toContain(`/services/${service}/`);
    }
  });

  it('splits /alerts/ into A to Z pages that together list every alert with its address', () => {
    const index = page('alerts/');
    expect(index).not.toContain('<table');
    const letters = hrefs(index).filter((href) => href.startsWith('/alerts/a-z/'));
    expect(letters.length).toBeGreaterThan(1);
    const listed = letters.map((letter) => text(page(letter.slice(1)))).join(' ');
    const alerts = pages.filter((file) => /^alerts\/[^/]+\/index\.html$/.test(file) && readPage(outDir, file).includes('http-equiv="refresh"'));
    expect(alerts.length).toBeGreaterThan(1);
    for (const alert of alerts) expect(listed).toContain(`/${alert.replace(/index\.html$/, '')}`);
  });
});

describe('a blast radius past its limit', () => {
  const { outDir } = buildOnce({ name: 'split-lists-incidents', content: 'tests/fixtures/incidents/content', env });
  const page = (path: string) => readPage(outDir, `${path}index.html`);

  it('lists the nearest indirect dependants on the service page and links the incident pack for every path', () => {
    const service = text(page('services/core/'));
    expect(service).toMatch(/And \d+ more through other services: every path is in the incident pack ?\./);
    expect(hrefs(page('services/core/'))).toContain('/services/core/incident-pack/#blast-radius');
    expect(text(page('services/core/incident-pack/'))).not.toContain('more through other services');
  });
});
