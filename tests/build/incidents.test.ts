/**
 * Incident-ready service manuals, built from a fixture site with a diamond
 * and a cycle in its dependencies, under a sub-path with a site URL and a
 * fixed "today": the "In an incident" panel, the blast radius, alerts and
 * their addresses, run book test states and the copy buttons; and a blank
 * manual (Top app) that still lists the parts of every section.
 */
import { describe, expect, it } from 'vitest';
import { buildOnce, buildSite, pageText, readPage } from '../support/site.ts';
import { SERVICE_SECTIONS } from '../../src/lib/services/sections.ts';

const BASE = '/ops-manual/';
const SITE = 'https://manual.example.org';
const CONTENT = 'tests/fixtures/incidents/content';
const { outDir } = buildOnce({ name: 'incidents', content: CONTENT, base: BASE, siteUrl: SITE, env: { OPS_MANUAL_TODAY: '2026-12-01' } });
const page = (path: string) => readPage(outDir, `${path}index.html`);
const text = (html: string) => pageText(html).trim();
const panel = (html: string) => html.slice(html.indexOf('<section class="app-incident"'), html.indexOf('</section>', html.indexOf('<section class="app-incident"')));
const blastRadius = (html: string) => html.slice(html.indexOf('id="blast-radius"'), html.indexOf('<h2', html.indexOf('id="blast-radius"')));
const help = (section: string) => `href="${BASE}create-a-service-manual/#write-${section}"`;

describe('the "In an incident" panel', () => {
  const core = page('services/core/');

  it('comes first under the title, before "On this page"', () => {
    const h1 = core.indexOf('<h1');
    const at = core.indexOf('id="in-an-incident"');
    expect(h1).toBeGreaterThan(0);
    expect(at).toBeGreaterThan(h1);
    expect(at).toBeLessThan(core.indexOf('id="contents-heading"'));
    expect(core.slice(h1, core.indexOf('<section class="app-incident"'))).not.toMatch(/<(p|div|nav|h2)\b/);
  });

  it('gives the contact, support, dashboards by kind and tool, status pages and run books with their test state', () => {
    const html = panel(core);
    expect(html).toContain('href="mailto:core-incidents@example.org"');
    expect(text(html)).toContain('Support hours 9am to 5pm, Monday to Friday Out of hours Nobody is called; alerts wait for the morning On call No on-call');
    expect(html).toMatch(/href="https:\/\/uptime\.example\.org\/core"[^>]*>Uptime \(StatusCake\)<\/a>/);
    expect(text(html)).toContain('Logs (Kibana) (link not documented yet)');
    expect(html).toMatch(/href="https:\/\/status\.notifications\.service\.gov\.uk\/"[^>]*>GOV\.UK Notify: Service status<\/a>/);
    expect(text(html)).toContain('Restart core records (Last tested 1 October 2026) Use when: Core records stop answering');
    expect(text(html)).toContain('Restore core records from backup (Last tested 15 January 2025, due a test)');
    expect(html).toContain(`href="${BASE}services/core/runbooks/restart-core/"`);
  });

  it('shows the severities in the vocabulary from settings, in its order, with a gap for a level left out', () => {
    const rows = [...panel(core).matchAll(/<th scope="row"[^>]*>([^<]+)<\/th>(.*?)<\/tr>/gs)].map((m) => `${m[1]} ${text(m[2])}`);
    expect(rows).toEqual([
      'P1 Records cannot be read 30 minutes Banner and email Every hour',
      'P2 Records are slow 4 hours Post in #core-team Twice a day',
      'P3 Not documented yet : how to write the service levels section',
    ]);
  });

  it('says how many services are hit, linked to the list', () => {
    expect(text(panel(core))).toContain('If this service is down 4 services are hit: 2 directly, 2 through others');
    expect(panel(core)).toContain('href="#blast-radius"');
  });

  it('links every blank to what to write', () => {
    const html = panel(page('services/top/'));
    for (const section of ['contacts', 'support', 'dashboards', 'dependencies', 'run-books', 'service-levels']) expect(html, section).toContain(help(section));
    expect(text(html)).toContain('Report it to Not documented yet : how to write the contacts section');
    expect(text(html)).toContain('If this service is down No service in this manual depends on it.');
  });
});

describe('the blast radius', () => {
  it('lists direct dependents, indirect ones with their path, and the cycle once', () => {
    const html = blastRadius(page('services/core/'));
    expect(text(html)).toContain('4 services depend on Core records');
    expect(text(blastRadius(page('services/right/')))).toContain('1 service depends on Right app');
    // The example Left app depends on nothing real (an example may depend only on examples), so it never appears here.
    expect(text(html)).toContain('Directly: Loop A Right app');
    expect(text(html)).not.toContain('Left app');
    expect(text(html)).toContain('Loop B ← Loop A ← Core records');
    expect(text(html)).toContain('Top app ← Right app ← Core records');
    expect(text(html)).toContain('Core records ← Loop B ← Loop A ← Core records');
    // Top app is listed once.
    expect(text(html).match(/Top app/g)).toHaveLength(1);
  });

  it('tags the example service on the other services\' pages, not itself', () => {
    expect(page('services/top/')).toMatch(/>Left app<\/a> <strong class="govuk-tag govuk-tag--yellow app-example-tag">Example<\/strong>/);
    expect(blastRadius(page('services/left/'))).not.toContain('Example');
  });
});

describe('alerts', () => {
  it('lists every alert with its run book, service and address', () => {
    const html = text(page('alerts/'));
    expect(html).toContain(`core records slow Restart core records Core records ${SITE}${BASE}alerts/core-records-slow/`);
    expect(html).toContain(`CoreRecordsDataLoss Restore core records from backup Core records ${SITE}${BASE}alerts/core-records-data-loss/`);
    expect(html).toContain(`CoreRecordsDown Restart core records Core records ${SITE}${BASE}alerts/core-records-down/`);
  });

  it('gives each alert an address that redirects to its run book, with a canonical link', () => {
    const html = page('alerts/core-records-down/');
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${BASE}services/core/runbooks/restart-core/">`);
    expect(html).toContain(`<link rel="canonical" href="${SITE}${BASE}services/core/runbooks/restart-core/">`);
    expect(html).toContain('<meta name="robots" content="noindex">');
  });
});

describe('run book test state', () => {
  it('shows the last test, and warns only once it is older than the period in settings', () => {
    const current = text(page('services/core/runbooks/restart-core/'));
    expect(current).toContain('Last tested 1 October 2026 Incident contact');
    expect(current).not.toContain('The steps may be out of date');
    expect(current).not.toContain('never been tested');
    expect(text(page('services/core/runbooks/restore-core/'))).toContain('Warning Last tested 15 January 2025: more than 6 months ago.');
    expect(page('services/left/runbooks/left-never/')).toMatch(/Last tested<\/dt> <dd class="govuk-summary-list__value"><strong class="govuk-tag govuk-tag--red">Never tested<\/strong>/);
    expect(text(page('services/left/runbooks/left-never/'))).toContain('Warning These steps have never been tested.');
  });

  it('lists run books due a test on /reviews/', () => {
    const html = page('reviews/');
    const due = text(html.slice(html.indexOf('id="run-books-due-a-test"')));
    expect(due).toMatch(/Clear the left cache Left app Never tested Restore core records from backup Core records 15 January 2025/);
    expect(due).not.toContain('Restart core records');
  });
});

describe('copy buttons', () => {
  it('come with the script and live region only on pages with a code block', () => {
    const withCode = page('services/core/runbooks/restart-core/');
    expect(withCode).toContain('data-copy-code-status');
    expect(withCode).toMatch(/<script type="module" src="\/ops-manual\/_astro\/CopyCode[^"]*\.js">/);
    expect(page('services/core/runbooks/restore-core/')).not.toContain('data-copy-code-status');
    expect(page('guidance/operations/')).toContain('data-copy-code-status');
  });
});

describe('an alert listed in two run books', () => {
  const folder = 'tests/fixtures/incidents-duplicate-alert/content';
  const { status, output } = buildSite({ name: 'incidents-duplicate-alert', content: folder });
  it('fails the build, naming both files', () => {
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${folder}/runbooks/restart-core.mdx:5: \`alerts[0]\` \`CoreRecordsDown\` is the alert \`core-records-down\`, which ${folder}/runbooks/fail-over-core.mdx:6 also lists (as \`core-records-down\`): an alert leads to one run book, so remove it from one of the two`,
    );
  });
});

describe('dependency maps', () => {
  it("draw a service's neighbourhood as a named SVG image with its text equivalent, and no style attributes", () => {
    const html = page('services/core/');
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>') + 6);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="[\d. ]+" width="\d+" class="app-map__svg" role="img" aria-labelledby="dependency-map-title"><title id="dependency-map-title">Dependency map of Core records/);
    expect(svg).not.toMatch(/\sstyle=|\sid="(?!dependency-map-title)/);
    expect(svg).not.toContain('Left app');
    expect(text(html)).toContain('The map as a list: Core records needs Loop B Loop A needs Core records Loop B needs Loop A Right app needs Core records Core records needs GOV.UK Notify');
  });

  it('draw the portfolio by team, with a map per team, linked from /services/', () => {
    expect(page('services/')).toContain(`href="${BASE}services/map/"`);
    const map = page('services/map/');
    expect(text(map)).toContain('Apps team (4 services) needs Core team (2 services) (2) Core team (2 services) needs Apps team (4 services) (1)');
    expect(map).toContain(`href="${BASE}services/map/apps-team/"`);
    expect(text(page('services/map/apps-team/'))).toContain('Top app needs Left app (example)');
  });
});

describe('the incident pack', () => {
  it('holds the panel, contacts, dashboards, dependencies and every run book with its steps', () => {
    const html = page('services/core/incident-pack/');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('id="in-an-incident"');
    for (const heading of ['Contacts and support', 'Dashboards', 'Dependencies', 'If this service is down', 'Run books', 'Restart core records', 'Restore core records from backup']) {
      expect(text(html), heading).toContain(heading);
    }
    expect(html).toContain('kubectl rollout restart deploy/core-records-web');
    expect(page('services/core/')).toContain(`href="${BASE}services/core/incident-pack/"`);
  });
});

describe('a blank service manual (Top app: a name, a phase, an owner and dependencies)', () => {
  const html = page('services/top/');
  const section = (id: string) => {
    const start = html.indexOf(`<h2 class="govuk-heading-l govuk-!-margin-top-8" id="${id}"`);
    return html.slice(start, html.indexOf('<h2 class="govuk-heading-l', start + 1));
  };
  // What a service owner is expected to write, part by part, as the template's sections have them.
  const PARTS: Record<string, string[]> = {
    contacts: ['Product owner', 'Technical lead', 'Team channel', 'Incident contact'],
    code: ['Repositories', 'Languages', 'Frameworks'],
    resilience: ['Hosting', 'Backups', 'Recovery point objective', 'Recovery time objective', 'Failover and high availability'],
    'service-levels': ['Service level objectives', 'Service level agreement', 'Incident severity levels'],
    support: ['Support hours', 'Out of hours', 'On call', 'Support Lead', 'Support Engineer'],
    testing: ['General changes', 'Regression testing', 'Smoke tests', 'Security testing', 'Performance testing'],
  };

  it.each(Object.entries(PARTS))('lists every part of the blank %s section, each "Not documented yet", and links to what to write', (id, parts) => {
    expect(text(section(id))).toContain(parts.map((part) => `${part} Not documented yet`).join(' '));
    expect(section(id)).toContain(help(id));
  });

  it('says a blank section without parts (a table or a list of items) is not documented yet, once', () => {
    const withoutParts = ['status', 'dashboards', 'documentation', 'environments', 'licences', 'run-books', 'known-issues', 'scheduled-tasks', 'notes'];
    expect(SERVICE_SECTIONS.map((s) => s.id).filter((id) => !(id in PARTS) && !withoutParts.includes(id))).toEqual(['overview', 'dependencies', 'readiness']); // never blank
    for (const id of withoutParts) {
      expect(section(id).match(/Not documented yet/g), id).toHaveLength(1);
      expect(section(id), id).toContain(help(id));
    }
  });
});
