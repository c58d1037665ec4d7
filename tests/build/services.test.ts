/**
 * Service manuals, built from the example site's content (tests/fixtures/example-site) under a sub-path with a site
 * URL and a fixed "today": every section in order, gaps shown, dependencies
 * both ways, run books, the catalogue, the exports and the Create page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildOnce, EXAMPLE_CONTENT, pageText, readPage, ROOT } from '../support/site.ts';
import { expectValidBackstageComponent } from '../support/backstage.ts';
import { SERVICE_SECTIONS } from '../../src/lib/services/sections.ts';
import { serviceSchema } from '../../src/schemas/service.ts';

const BASE = '/ops-manual/';
const SITE = 'https://manual.example.org';
const { outDir } = buildOnce({ name: 'services', base: BASE, siteUrl: SITE, env: { OPS_MANUAL_TODAY: '2026-11-22' } });
const ids = globSync('*.{md,mdx}', { cwd: path.join(ROOT, EXAMPLE_CONTENT, 'services') }).map((file) => file.replace(/\.mdx?$/, '')).sort();
const page = (id: string) => readPage(outDir, `services/${id}/index.html`);
const CPD = 'manage-continuing-professional-development';

/** The manual's sections, without the page furniture around them. */
function manual(html: string): string {
  return html.slice(html.indexOf('<h2 class="govuk-heading-l govuk-!-margin-top-8" id="overview"'), html.indexOf('This manual as data'));
}
function section(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  const next = html.indexOf('<h2 class="govuk-heading-l', start + 1);
  return html.slice(start, next === -1 ? undefined : next);
}
const text = pageText;

describe.each(ids)('service page %s', (id) => {
  const html = page(id);
  it('shows every section once, in the fixed order', () => {
    const headings = [...manual(html).matchAll(/<h2 class="govuk-heading-l[^"]*" id="([^"]+)"/g)].map((m) => m[1]);
    expect(headings).toEqual(SERVICE_SECTIONS.map((s) => s.id));
  });
  it('links its catalog-info.yaml under the base path', () => {
    expect(html).toContain(`href="${BASE}services/${id}/catalog-info.yaml"`);
  });
});

describe('Manage continuing professional development (from the source manual)', () => {
  const html = page(CPD);
  const sections = manual(html);

  it('carries what the source says', () => {
    expect(text(section(html, 'dashboards'))).toMatch(/Application performance Prometheus .*Database performance Prometheus .*Logs Kibana/);
    expect(text(section(html, 'documentation'))).toContain('API docs Swagger Docs');
    const external = [...section(html, 'dependencies').matchAll(/govuk-summary-card__title">([^<]+)</g)].map((m) => m[1]);
    expect(external).toEqual(['DfE GitHub', 'Google Analytics', 'Logit.io', 'StatusCake', 'GOV.UK PaaS']);
    expect(text(section(html, 'resilience'))).toContain('The platform is deliberately sized to survive the complete loss of any one availability zone.');
    expect(text(section(html, 'scheduled-tasks'))).toMatch(/School onboarding report refresh .*Manual Developers/);
    // The source has only its template's prompts, under its own headings: each heading stays, blank.
    expect(text(section(html, 'testing'))).toContain('General changes Not documented yet Regression testing Not documented yet Smoke tests Not documented yet Security testing Not documented yet Performance testing Not documented yet');
  });

  it('invents no addresses: its only links go to pages of this site', () => {
    const hrefs = [...sections.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((href) => !href.startsWith(BASE))).toEqual([]);
  });

  it('shows each blank as "Not documented yet", linking empty sections to what to write', () => {
    expect(text(section(html, 'overview'))).toContain('Description Not documented yet');
    expect(text(section(html, 'dashboards'))).toContain('Prometheus (link not documented yet)');
    for (const id of ['contacts', 'code', 'environments', 'service-levels', 'support', 'licences', 'known-issues', 'notes']) {
      expect(section(html, id), id).toContain(`href="${BASE}create-a-service-manual/#write-${id}"`);
    }
  });

  it('lists its run book, whose page shows its steps as not documented yet', () => {
    const runbook = `${BASE}services/${CPD}/runbooks/school-onboarding-report-refresh/`;
    expect(section(html, 'run-books')).toContain(`href="${runbook}"`);
    const runbookHtml = readPage(outDir, `services/${CPD}/runbooks/school-onboarding-report-refresh/index.html`);
    expect(text(runbookHtml)).toMatch(/Steps Not documented yet/);
    expect(runbookHtml).toContain(`href="${BASE}services/${CPD}/"`);
  });

  it('marks its hosting as inferred, as its phase is, because the source names GOV.UK PaaS only in its failover section', () => {
    const resilience = text(section(html, 'resilience'));
    expect(resilience).toMatch(/Hosting GOV\.UK Platform as a Service \(PaaS\) Inferred: the source does not name the hosting; its failover section describes GOV\.UK PaaS/);
    expect(text(section(html, 'overview'))).toMatch(/Phase Live Inferred: the source lists a production deployment/);
  });

  it('warns that its review is overdue', () => {
    expect(html).toMatch(/<div class="govuk-warning-text" data-review-due="2026-05-03"(?![^>]*hidden)[^>]*>/);
  });
});

describe('dependencies', () => {
  const dependencies = (id: string) => text(section(page(id), 'dependencies'));
  it('shows what each service depends on and, derived, what uses it', () => {
    expect(dependencies('find-mentor-training')).toMatch(/Depends on Report mentor funding Example Used by Report mentor funding Example/);
    expect(dependencies('report-mentor-funding')).toMatch(/Depends on Find mentor training Example Used by Find mentor training Example/);
  });
  it('invents no dependants for the real CPD service: no example appears on its page or incident pack (issue 23)', () => {
    expect(dependencies(CPD)).toMatch(/Depends on Not documented yet Used by No service in this manual lists it as a dependency/);
    for (const html of [page(CPD), readPage(outDir, `services/${CPD}/incident-pack/index.html`)]) {
      expect(text(html)).toContain('No service in this manual depends on it.');
      expect(text(html)).not.toMatch(/Find mentor training|Report mentor funding/);
    }
  });
});

describe('warnings and examples', () => {
  it('warns about a licence renewal date in the past, and only then', () => {
    expect(text(page('report-mentor-funding'))).toContain('The licence for Sentry Business plan was due for renewal on 30 September 2026.');
    expect(page('find-mentor-training')).not.toContain('was due for renewal');
  });
  it('makes a mailbox contact a mailto link, and leaves a channel as text', () => {
    expect(section(page('report-mentor-funding'), 'contacts')).toContain('href="mailto:mentor-funding-support@example.org"');
    expect(text(section(page('find-mentor-training'), 'contacts'))).toContain('Incident contact #mentor-training-incidents');
  });
  it('tags example services, on their own page and wherever they appear on another service’s page', () => {
    expect(page('find-mentor-training')).toContain('govuk-tag--yellow">Example</strong>');
    const cpd = page(CPD);
    expect(cpd.slice(0, cpd.indexOf('<h1'))).not.toContain('>Example</strong>');
    // An example appears on another service's page (here the other example's) in "Depends on", "Used by", the blast
    // radius and the map, each time tagged: "Example" in lists, "(example)" in the map.
    const names = text(section(page('report-mentor-funding'), 'dependencies')).match(/Find mentor training( Example| \(example\))?/g) ?? [];
    expect(names.length).toBeGreaterThanOrEqual(3);
    expect(names.filter((name) => !/Example|\(example\)/.test(name))).toEqual([]);
  });
  it('lists run books on the service page and publishes their steps', () => {
    const runbook = readPage(outDir, 'services/find-mentor-training/runbooks/rebuild-mentor-training-search-index/index.html');
    expect(runbook).toContain('<h1 class="govuk-heading-xl">Rebuild the course search index</h1>');
    expect(runbook).toMatch(/<ol>\s*<li>\s*(<p>)?Tell #mentor-training/);
    expect(section(page('find-mentor-training'), 'known-issues')).toContain('Run book: Rebuild the course search index');
  });
});

describe('services catalogue', () => {
  const html = readPage(outDir, 'services/index.html');
  it('lists every service with phase, owner and review status', () => {
    const rows = [...html.matchAll(/<tr class="govuk-table__row">\s*<th scope="row"[\s\S]*?<\/tr>/g)].map((m) => text(m[0]));
    expect(rows).toHaveLength(ids.length);
    expect(rows.find((row) => row.includes('Manage continuing'))).toMatch(/Live .*Manage CPD service team \(example\) .*Review overdue/);
    expect(rows.find((row) => row.includes('Find mentor training'))).toMatch(/Example .*Beta .*Mentor training team \(example\) .*Reviewed .*Grafana dashboard/);
  });
  it('groups services by phase in delivery order and by owner, without JavaScript', () => {
    const groups = text(html.slice(html.indexOf('By phase')));
    expect(groups).toMatch(/By phase Beta Find mentor training Example Live Manage continuing professional development Internal Report mentor funding Example By owner/);
    expect(groups).toMatch(/By owner Manage CPD service team \(example\) Manage continuing professional development Internal Mentor funding team/);
  });
  it('loads the filter and sort script on this page only, and hides the filter until it runs', () => {
    expect(html).toMatch(/<div class="govuk-form-group" data-catalogue-filter hidden>/);
    const scripts = (page: string) => [...page.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    const catalogueOnly = scripts(html).filter((src) => !scripts(page(CPD)).includes(src));
    expect(catalogueOnly).toHaveLength(1);
    // The page's one script, with the modules it imports statically (the table script is shared with the A to Z pages).
    const entry = path.join(outDir, catalogueOnly[0].slice(BASE.length));
    const entryCode = readFileSync(entry, 'utf8');
    const imported = [...entryCode.matchAll(/from"(\.\/[^"]+)"/g)].map((m) => readFileSync(path.join(path.dirname(entry), m[1]!), 'utf8'));
    expect([entryCode, ...imported].join('\n')).toContain('data-catalogue-filter');
  });
});

describe('services.json', () => {
  const json = JSON.parse(readFileSync(path.join(outDir, 'services.json'), 'utf8')) as {
    services: { id: string; url: string; catalogInfo: string; data: unknown; usedBy: string[]; runbooks: { id: string; url: string }[] }[];
  };
  it('has every service, each shaped exactly as the schema', () => {
    expect(json.services.map((s) => s.id)).toEqual(ids);
    for (const service of json.services) {
      const result = serviceSchema.safeParse(service.data);
      expect(result.error?.issues ?? [], service.id).toEqual([]);
    }
  });
  it('adds absolute addresses and the derived facts', () => {
    const cpd = json.services.find((s) => s.id === CPD)!;
    expect(cpd.url).toBe(`${SITE}${BASE}services/${CPD}/`);
    // No example may depend on a real service, so the real CPD service is used by none of them.
    expect(cpd.usedBy).toEqual([]);
    expect(json.services.find((s) => s.id === 'find-mentor-training')!.usedBy).toEqual(['report-mentor-funding']);
    expect(cpd.runbooks.map((r) => r.id)).toEqual(['school-onboarding-report-refresh']);
    expect((cpd.data as { lastReviewed: string }).lastReviewed).toBe('2025-11-03');
  });
});

describe.each(ids)('catalog-info.yaml for %s', (id) => {
  const raw = readFileSync(path.join(outDir, 'services', id, 'catalog-info.yaml'), 'utf8');
  const entity = parse(raw);
  it('is a valid Backstage Component entity', async () => {
    expect(entity).toMatchObject({ apiVersion: 'backstage.io/v1alpha1', kind: 'Component', metadata: { name: id } });
    await expectValidBackstageComponent(entity);
  });
  it("links back to the manual's page", () => {
    expect(entity.metadata.links[0]).toEqual({ url: `${SITE}${BASE}services/${id}/`, title: 'Service manual', type: 'documentation', icon: 'docs' });
  });
});

describe('Create a service manual', () => {
  const html = readPage(outDir, 'create-a-service-manual/index.html');
  const template = readFileSync(path.join(ROOT, 'templates/service.md'), 'utf8');
  it('shows the template itself', () => {
    const shown = /<pre tabindex="0" id="service-template"[^>]*><code>([\s\S]*?)<\/code><\/pre>/.exec(html)?.[1] ?? '';
    const decoded = shown.replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    expect(decoded).toBe(template);
  });
  it('offers the same file to download, and a copy button only with JavaScript', () => {
    expect(readFileSync(path.join(outDir, 'create-a-service-manual/service.md'), 'utf8')).toBe(template);
    expect(html).toContain(`href="${BASE}create-a-service-manual/service.md" download="service.md"`);
    expect(html).toMatch(/<button type="button" class="govuk-button govuk-button--secondary" data-copy="service-template" hidden>/);
  });
  it('has the help that every "Not documented yet" link points to', () => {
    for (const section of SERVICE_SECTIONS) expect(html).toContain(`id="write-${section.id}"`);
  });
});
