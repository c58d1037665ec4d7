/**
 * Another department's content builds on the engine as it is (issue 20): the
 * fictional Department for Harbour Services (tests/fixtures/department-site) has
 * its own teams, services, run book, guidance section and a checklist written
 * from its own guidance with no `sources`, and no Service Standard pages or
 * example checklists. It passes the check and the build's gates, every entry has
 * its page, and no page names anything from the example content.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { entryIdFromPath } from '../../src/collections.ts';
import { kinds } from '../../src/kinds/index.ts';
import { SERVICE_TEMPLATE_SOURCES } from '../../src/data/service-template.ts';
import { runScript } from '../support/check.ts';
import { htmlErrors } from '../support/quality/html-validation.ts';
import { buildSite, DEPARTMENT_CONTENT, EXAMPLE_CONTENT, htmlPages, readPage, ROOT } from '../support/site.ts';

const check = runScript('check', DEPARTMENT_CONTENT);
const build = buildSite({ name: 'department-site', content: DEPARTMENT_CONTENT });
const pages = build.status === 0 ? htmlPages(build.outDir) : [];
const page = (address: string) => readPage(build.outDir, `${address.replace(/^\//, '')}index.html`);

/**
 * The engine's service template is drawn from a real department's manual page, and the Create page
 * credits it on every site (src/data/service-template.ts): that credit is the engine's, not example content.
 */
function withoutTemplateCredit(file: string, html: string): string {
  return file === 'create-a-service-manual/index.html' ? html.replace(/<h2[^>]*id="sources-heading"[\s\S]*?<\/ul>/, '') : html;
}

/** What only the example content says: its entries' addresses, ids and names. */
function exampleWords(): string[] {
  const words = new Set<string>();
  for (const [collection, source] of Object.entries(kinds)) {
    const folder = path.join(ROOT, EXAMPLE_CONTENT, source.folder);
    for (const file of globSync(source.pattern, { cwd: folder })) {
      const id = entryIdFromPath(file);
      // Guidance ids such as `operations/index` are too plain alone: use the address.
      words.add(collection === 'guidance' ? `/guidance/${id.replace(/(^|\/)index$/, '')}/`.replace('//', '/') : id);
      if (source.folder === 'teams') words.add((parse(readFileSync(path.join(folder, file), 'utf8')) as { name: string }).name);
      if (source.folder === 'services') words.add(/^name: (.+)$/m.exec(readFileSync(path.join(folder, file), 'utf8'))![1]!);
    }
  }
  const settings = parse(readFileSync(path.join(ROOT, EXAMPLE_CONTENT, 'settings.yaml'), 'utf8')) as { organisation: string };
  return [...words, settings.organisation, '/service-standard/', 'Department for Education', 'DfE'];
}

describe('a department’s own content', () => {
  it('passes npm run check: a checklist written from its own guidance needs no sources', () => {
    expect(check.status, check.output).toBe(0);
    expect(check.stdout).toMatch(/^Checked 10 content entries in \d+ ms: no problems\.$/m);
  });

  it('builds through every gate: every expected page, the link check and the search index', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toMatch(/\[ops-manual:build-complete\] All \d+ expected pages, the link check and the search index are there/);
    expect(build.output.split('\n').filter((line) => line.includes('[WARN]'))).toEqual([]);
  });

  it.each([
    '/',
    '/guidance/harbour-support/',
    '/guidance/harbour-support/tide-window-cover/',
    '/guidance/harbour-support/shift-handover/',
    '/services/book-a-berth/',
    '/services/pay-harbour-dues/',
    '/services/tide-data-api/',
    '/services/tide-data-api/runbooks/refresh-tide-tables/',
    '/teams/harbour-digital/',
    '/teams/tide-data/',
    '/checklists/harbour-ready/',
  ])('publishes %s', (address) => {
    expect(pages).toContain(`${address.slice(1)}index.html`);
  });

  it('shows the checklist without a Sources section, since it has none', () => {
    const checklist = page('/checklists/harbour-ready/');
    expect(checklist).toContain('Ready for tide window support');
    expect(checklist).not.toContain('id="sources-heading"');
  });

  it('writes valid HTML', async () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(await htmlErrors(build.outDir, pages)).toEqual([]);
  });

  it('names nothing from the example content on any page: its entries, teams, services or organisation', () => {
    const words = exampleWords();
    expect(words).toContain('find-mentor-training');
    expect(words).toContain('/guidance/operations/');
    expect(words).toContain('Example Digital Service');
    const found = pages.flatMap((file) => {
      const html = withoutTemplateCredit(file, readFileSync(path.join(build.outDir, file), 'utf8'));
      return words.filter((word) => html.includes(word)).map((word) => `${file}: ${word}`);
    });
    expect(found).toEqual([]);
  });

  it('credits, on the Create page, only the page the engine’s own template is drawn from', () => {
    const create = page('/create-a-service-manual/');
    for (const source of SERVICE_TEMPLATE_SOURCES) expect(create).toContain(source.title);
    expect(withoutTemplateCredit('create-a-service-manual/index.html', create)).not.toContain('id="sources-heading"');
  });

  it('carries its own settings: organisation, navigation and incident page', () => {
    const home = page('/');
    expect(home).toContain('Department for Harbour Services');
    expect(home).toContain('href="/guidance/harbour-support/tide-window-cover/"');
    expect([...home.matchAll(/class="govuk-service-navigation__link" href="([^"]+)"/g)].map((m) => m[1])).toEqual(['/guidance/', '/services/', '/checklists/', '/search/']);
  });
});
