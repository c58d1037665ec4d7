/**
 * Content fidelity (issue #17), on the seed site: every service manual and
 * run book that declares `sources` credits them on its page; the CPD manual
 * states only what its source states and shows that it is internal and its
 * phase inferred; example services' run books say they are examples; and
 * checklist pages say their levels and phases are this manual's judgement.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../src/lib/content/frontmatter.ts';
import { buildOnce, EXAMPLE_CONTENT, pageText, readPage, ROOT } from '../support/site.ts';

const SITE = 'https://manual.example.org';
const { outDir } = buildOnce({ name: 'provenance', siteUrl: SITE, env: { OPS_MANUAL_TODAY: '2026-11-22' } });
const CPD = 'manage-continuing-professional-development';
const CPD_RUNBOOK = `services/${CPD}/runbooks/school-onboarding-report-refresh/index.html`;
const EXAMPLE_RUNBOOK = 'services/find-mentor-training/runbooks/rebuild-mentor-training-search-index/index.html';
const text = pageText;
const escaped = (value: string) => value.replace(/&/g, '&amp;');

interface Source {
  title: string;
  publisher: string;
  licence: string;
}
/** Every service and run book file with the page it publishes and the sources it declares. */
function declared(folder: 'services' | 'runbooks') {
  return globSync('*.{md,mdx}', { cwd: path.join(ROOT, EXAMPLE_CONTENT, folder) }).map((file) => {
    const { data } = parseContentFile(readFileSync(path.join(ROOT, EXAMPLE_CONTENT, folder, file), 'utf8'), false) as { data: Record<string, unknown> };
    const id = file.replace(/\.mdx?$/, '');
    const page = folder === 'services' ? `services/${id}/index.html` : `services/${String(data.service)}/runbooks/${id}/index.html`;
    return { page, sources: (data.sources ?? []) as Source[] };
  });
}
/** The Sources aside on a page, as text, or '' when the page has none. */
function sourcesShown(html: string): string {
  const aside = /<aside class="app-sources"[^>]*>([\s\S]*?)<\/aside>/.exec(html);
  return aside ? text(aside[1]!).replace(/ ,/g, ',') : '';
}

describe.each(['services', 'runbooks'] as const)('%s that declare sources', (folder) => {
  const pages = declared(folder);
  it('include at least one, so the check below is not empty', () => {
    expect(pages.filter((p) => p.sources.length > 0).length).toBeGreaterThan(0);
  });
  it.each(pages.map((p) => [p.page, p] as const))('%s shows each of them, as guidance pages do', (_, { page, sources }) => {
    const shown = sourcesShown(readPage(outDir, page));
    if (sources.length === 0) {
      expect(shown).toBe('');
      return;
    }
    expect(shown).toContain('Sources This page carries over, in our own words, what these documents say:');
    for (const source of sources) expect(shown).toContain(text(escaped(`${source.title}, ${source.publisher} (${source.licence})`)));
  });
});

describe('the CPD manual states only what its source states', () => {
  const html = readPage(outDir, `services/${CPD}/index.html`);
  const section = (id: string) => {
    const start = html.indexOf(`id="${id}"`);
    return text(html.slice(start, html.indexOf('<h2 class="govuk-heading-l', start + 1)));
  };
  it("leaves its test strategy blank: the source has only its template's prompts", () => {
    expect(section('testing')).toContain('Not documented yet');
    expect(section('testing')).not.toMatch(/regression testing suite|smoke tests give/i);
  });
  it('does not say the platform spreads its machines evenly', () => {
    expect(section('resilience')).toContain('(Diego cells) across all three zones');
    expect(section('resilience')).not.toContain('evenly');
  });
  it('shows that its phase is inferred, and why', () => {
    expect(section('overview')).toContain('Live Inferred: the source lists a production deployment but does not name the phase');
    const row = /<tr class="govuk-table__row">\s*<th scope="row"[^>]*>\s*<a[^>]*>Manage continuing[\s\S]*?<\/tr>/.exec(readPage(outDir, 'services/index.html'))![0];
    expect(text(row)).toContain('Live (inferred)');
  });
});

describe('a manual whose source is for internal use', () => {
  const pages = [`services/${CPD}/index.html`, CPD_RUNBOOK];
  it.each(pages)('%s is tagged Internal, says so, and asks search engines not to index it', (page) => {
    const html = readPage(outDir, page);
    expect(html).toMatch(/<span class="govuk-caption-[lm]">[^<]*<strong class="govuk-tag govuk-tag--grey">Internal<\/strong>/);
    expect(text(html)).toContain('For internal use: the source of this manual says it is for the service community of the department that runs Manage continuing professional development.');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });
  it('is left out of the sitemap, but stays in the site search for the people it is for', () => {
    const sitemap = readFileSync(path.join(outDir, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain(`${SITE}/services/find-mentor-training/`);
    expect(sitemap).not.toContain(`/services/${CPD}/`);
    expect(readPage(outDir, 'search/index.html')).toContain(`href="/services/${CPD}/"`);
  });
  it('is the only one: a public manual has neither the tag nor the note', () => {
    const html = readPage(outDir, 'services/find-mentor-training/index.html');
    expect(html).not.toContain('>Internal</strong>');
    expect(html).not.toContain('data-internal-note');
  });
});

describe("an example service's run book", () => {
  const html = readPage(outDir, EXAMPLE_RUNBOOK);
  it('carries the Example tag beside the service it belongs to', () => {
    expect(html).toMatch(/<span class="govuk-caption-l">Run book for Find mentor training <strong class="govuk-tag govuk-tag--yellow">Example<\/strong><\/span>/);
  });
  it('names its service as an example in the title and breadcrumb', () => {
    expect(html).toContain('<title>Rebuild the course search index: Find mentor training (example)');
    expect(text(html.slice(html.indexOf('govuk-breadcrumbs'), html.indexOf('</nav>', html.indexOf('govuk-breadcrumbs'))))).toContain('Find mentor training (example)');
  });
  it('is tagged in the A to Z list of pages and in search results', () => {
    expect(readPage(outDir, 'search/index.html')).toMatch(/>Rebuild the course search index<\/a> <span class="app-secondary">Run book<\/span> <strong class="govuk-tag govuk-tag--yellow">Example<\/strong>/);
    expect(html).toContain('data-pagefind-meta="marks[data-value]" data-value="Example"');
  });
  it("while the real service's run book is not", () => {
    const real = readPage(outDir, CPD_RUNBOOK);
    expect(real).not.toContain('>Example</strong>');
    expect(real).toContain('<title>School onboarding report refresh: Manage continuing professional development');
  });
});

describe('lists of services', () => {
  const marked = (html: string, name: string) => new RegExp(`>${name}</a>\\s*<strong class="govuk-tag govuk-tag--yellow">Example</strong>`).test(html);
  it.each(['services/index.html', 'checklists/index.html', 'checklists/going-live/index.html'])('%s tags the example services wherever it names them', (page) => {
    const html = readPage(outDir, page);
    expect(marked(html, 'Find mentor training')).toBe(true);
    expect(marked(html, 'Report mentor funding')).toBe(true);
    expect(marked(html, 'Manage continuing professional development')).toBe(false);
  });
});

describe('checklists', () => {
  const pages = globSync('*.yaml', { cwd: path.join(ROOT, EXAMPLE_CONTENT, 'checklists') }).map((file) => `checklists/${file.replace(/\.yaml$/, '')}/index.html`);
  it.each(pages)('%s says its levels and phases are this manual’s judgement, not the source’s', (page) => {
    expect(text(readPage(outDir, page))).toContain(
      'The levels (essential, expected, exemplary) and the phases each item applies to are this manual’s judgement, not the source’s: the source does not rank its points or limit them to particular phases.',
    );
  });
  it('going live starts from the source’s first point: beta built a service that meets the needs found in discovery', () => {
    const html = readPage(outDir, 'checklists/going-live/index.html');
    expect(html).toMatch(/<li class="govuk-task-list__item" id="beta-meets-discovery-needs"[^>]*>\s*<div[^>]*>\s*<a class="govuk-link" href="\/guidance\/going-live\/before-you-go-live\/#show-that-beta-has-done-its-job"/);
    expect(readPage(outDir, 'guidance/going-live/before-you-go-live/index.html')).toContain('id="show-that-beta-has-done-its-job"');
  });
});

describe('small fixes', () => {
  it('says everyone, not only the team, is responsible for meeting the Service Standard', () => {
    const html = text(readPage(outDir, 'service-standard/operate-a-reliable-service/index.html'));
    expect(html).toContain('Everyone is responsible for meeting the Service Standard');
  });
  it('names the secure engineering guide the security section points to', () => {
    expect(text(readPage(outDir, 'guidance/operations/designing-for-operability/index.html'))).toContain('follow the guidance in Secure Engineering');
  });
});

describe('sources published under the Open Government Licence link to it', () => {
  const OGL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';
  const pages = ['guidance/going-live/before-you-go-live/index.html', 'service-standard/operate-a-reliable-service/index.html', 'checklists/going-live/index.html'];
  it.each(pages)('%s links its licence in the Sources box', (page) => {
    const aside = /<aside class="app-sources"[^>]*>([\s\S]*?)<\/aside>/.exec(readPage(outDir, page))![1]!;
    expect(aside).toMatch(new RegExp(`<a [^>]*href="${OGL}"[^>]*>Open Government Licence v3\\.0</a>`));
  });
  it('links no licence where none is stated', () => {
    const aside = /<aside class="app-sources"[^>]*>([\s\S]*?)<\/aside>/.exec(readPage(outDir, 'guidance/operations/incident-management/index.html'))![1]!;
    expect(aside).not.toContain('open-government-licence');
  });
});

describe('the Create a service manual page', () => {
  it('credits the service manual page the template\'s sections come from', () => {
    const html = readPage(outDir, 'create-a-service-manual/index.html');
    const shown = sourcesShown(html);
    expect(shown).toContain('Manage continuing professional development, Department for Education (DfE Service Manual)');
    expect(shown).toMatch(/section structure|sections/i);
  });
});
