/**
 * The checklist pages, traceability both ways and checklists.json, built
 * from the example site's content (tests/fixtures/example-site) under a sub-path so every link must carry the base.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseIsoDate } from '../../src/lib/core/dates.ts';
import { LEVELS } from '../../src/lib/core/vocabulary.ts';
import { assessChecklist, type ChecklistAnswers } from '../../src/lib/checklists/readiness/readiness.ts';
import { parseContentFile } from '../../src/lib/content/frontmatter.ts';
import { serviceSchema } from '../../src/schemas/service.ts';
import { checklistAnswersShape } from '../../src/schemas/checklist-answers.ts';
import { contentVariant, RUN_BOOKS_ANSWERED_DONE } from '../support/content-variant.ts';
import { buildOnce, buildSite, EXAMPLE_CONTENT, readPage, ROOT } from '../support/site.ts';

const BASE = '/ops-manual/';
// A fixed "today", so exceptions are judged the same on every run.
const TODAY = '2026-11-22';
const { outDir } = buildOnce({ name: 'checklists', base: BASE, env: { OPS_MANUAL_TODAY: TODAY } });

interface Item {
  id: string;
  title: string;
  guidance: string;
  level: string;
  phases: string[];
}
const checklists = globSync(`${EXAMPLE_CONTENT}/checklists/*.yaml`, { cwd: ROOT })
  .sort()
  .map((file) => ({ id: path.basename(file, '.yaml'), ...(parse(readFileSync(path.join(ROOT, file), 'utf8')) as { title: string; items: Item[] }) }));
const allItems = checklists.flatMap((checklist) => checklist.items.map((item) => ({ checklist, item })));

const window = new Window();
function page(sitePath: string, site = outDir): Document {
  const file = `${sitePath.replace(/^\//, '').replace(/#.*$/, '')}index.html`;
  return new window.DOMParser().parseFromString(readPage(site, file), 'text/html') as unknown as Document;
}

/**
 * The seed answers ready-for-live-support.run-books in-progress, as its run book "Renew the DfE Sign-in
 * client secret" was last tested on 2026-02-16. This copy answers it done, so the manual disagrees:
 * built only by the tests that need a conflict.
 */
function conflictSite(): string {
  const content = contentVariant('checklists-conflict', [RUN_BOOKS_ANSWERED_DONE]);
  return buildOnce({ name: 'checklists-conflict', content, base: BASE, env: { OPS_MANUAL_TODAY: TODAY } }).outDir;
}
const STALE_RUN_BOOK = 'the run book “Renew the DfE Sign-in client secret” was last tested on 16 February 2026, more than 6 months ago';
type ItemsJson = { services: { id: string; checklists: Record<string, unknown> }[] };
const itemsOf = (json: ItemsJson, serviceId: string, checklistId: string) =>
  (json.services.find((s) => s.id === serviceId)!.checklists[checklistId] as unknown as { items: Record<string, { derived: string | null; conflict: boolean; reason?: string }> }).items;
const conflictsOf = (json: ItemsJson) =>
  json.services.flatMap((s) => Object.values(s.checklists).flatMap((c) => Object.values((c as unknown as { items: Record<string, { conflict: boolean }> }).items).filter((i) => i.conflict)));

it('ships the three checklists', () => {
  expect(checklists.map((checklist) => checklist.id)).toEqual(['going-live', 'operate-a-reliable-service', 'ready-for-live-support']);
});

describe.each(checklists)('the $title checklist page', (checklist) => {
  const doc = page(`/checklists/${checklist.id}/`);
  const items = [...doc.querySelectorAll('main .govuk-task-list__item')];

  it('is a task list of every item, grouped under its level, lowest level first', () => {
    expect(doc.querySelector('h1')?.textContent).toBe(checklist.title);
    const levelHeadings = [...doc.querySelectorAll('main h2[id^="level-"]')].map((h) => h.id.replace('level-', ''));
    expect(levelHeadings).toEqual(LEVELS.filter((level) => checklist.items.some((item) => item.level === level)));
    const expected = LEVELS.flatMap((level) => checklist.items.filter((item) => item.level === level).map((item) => item.id));
    expect(items.map((li) => li.id)).toEqual(expected);
    for (const li of items) {
      const level = checklist.items.find((item) => item.id === li.id)!.level;
      expect(li.closest('ul')?.previousElementSibling?.id, li.id).toBe(`level-${level}`);
    }
  });

  it('links each item to the guidance section it comes from, under the base path', () => {
    for (const li of items) {
      const item = checklist.items.find((candidate) => candidate.id === li.id)!;
      expect(li.querySelector('a')?.getAttribute('href')).toBe(`${BASE.slice(0, -1)}${item.guidance}`);
      expect(li.querySelector('a')?.textContent).toBe(item.title);
    }
  });

  it('is readable without JavaScript: the self-assessment and its tick boxes are hidden until the script shows them', () => {
    expect(doc.querySelector('[data-self-assessment]')?.hasAttribute('hidden')).toBe(true);
    const ticks = [...doc.querySelectorAll('[data-self-tick]')];
    expect(ticks).toHaveLength(items.length);
    expect(ticks.every((tick) => tick.hasAttribute('hidden'))).toBe(true);
    expect(doc.querySelectorAll('.app-tick-box')).toHaveLength(items.length);
  });
});

describe('traceability', () => {
  it.each(allItems.map(({ checklist, item }) => [`${checklist.id}/${item.id}`, checklist, item] as const))(
    '%s: its anchor is a heading id on the built guidance page, and that page lists the item under the heading',
    (_, checklist, item) => {
      const [pagePath, anchor] = item.guidance.split('#') as [string, string];
      const doc = page(pagePath);
      expect(doc.getElementById(anchor)?.tagName, `#${anchor} on ${pagePath}`).toMatch(/^H[2-6]$/);
      const backs = doc.querySelector('[aria-labelledby="checklist-items-this-page-backs"]');
      const section = [...(backs?.querySelectorAll('h3') ?? [])].find((h3) => h3.querySelector('a')?.getAttribute('href') === `#${anchor}`);
      expect(section?.textContent).toBe(doc.getElementById(anchor)?.textContent);
      const links = [...(section?.nextElementSibling?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
      expect(links).toContain(`${BASE}checklists/${checklist.id}/#${item.id}`);
    },
  );

  it('shows nothing on a page that backs no item', () => {
    const backed = new Set(allItems.map(({ item }) => item.guidance.split('#')[0]));
    expect(backed.has('/guidance/operations/understanding-what-is-needed/')).toBe(false);
    expect(readPage(outDir, 'guidance/operations/understanding-what-is-needed/index.html')).not.toContain('Checklist items this page backs');
  });
});

describe('the checklists page', () => {
  it('links every checklist, in order', () => {
    const doc = page('/checklists/');
    const links = [...doc.querySelectorAll('main h2 a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['operate-a-reliable-service', 'ready-for-live-support', 'going-live'].map((id) => `${BASE}checklists/${id}/`));
  });
});

describe('checklists.json', () => {
  const json = JSON.parse(readFileSync(path.join(outDir, 'checklists.json'), 'utf8')) as {
    levels: string[];
    checklists: { id: string; url: string; items: (Item & { url: string })[] }[];
  };

  it('holds every checklist and item as the content defines them', () => {
    expect(json.levels).toEqual([...LEVELS]);
    expect(json.checklists.map((c) => c.id).sort()).toEqual(checklists.map((c) => c.id));
    for (const checklist of checklists) {
      const exported = json.checklists.find((c) => c.id === checklist.id)!;
      expect(exported.url).toBe(`${BASE}checklists/${checklist.id}/`);
      expect(exported.items.map(({ id, level, phases }) => ({ id, level, phases }))).toEqual(checklist.items.map(({ id, level, phases }) => ({ id, level, phases })));
      expect(exported.items[0]!.url).toBe(`${BASE}checklists/${checklist.id}/#${checklist.items[0]!.id}`);
    }
  });
});

/** The example services as the schema reads them, in catalogue order (by name). */
const services = globSync(`${EXAMPLE_CONTENT}/services/*.{md,mdx}`, { cwd: ROOT })
  .map((file) => {
    const data = serviceSchema.parse(parseContentFile(readFileSync(path.join(ROOT, file), 'utf8'), false).data);
    return { id: path.basename(file).replace(/\.mdx?$/, ''), data };
  })
  .sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
const CPD = 'manage-continuing-professional-development';
const expected = (service: (typeof services)[number], checklist: (typeof checklists)[number]) =>
  assessChecklist(checklist.items as Parameters<typeof assessChecklist>[0], service.data.checklists[checklist.id] as ChecklistAnswers | undefined, {
    phase: service.data.phase,
    today: parseIsoDate(TODAY)!,
  });

describe('the example services', () => {
  it('show a mix of readiness, and the CPD service (from its source manual) answers nothing, so it is not assessed', () => {
    expect(Object.keys(services.find((service) => service.id === CPD)!.data.checklists)).toEqual([]);
    const levels = services.flatMap((service) => checklists.map((checklist) => expected(service, checklist))).map((r) => (r.assessed ? (r.level ?? 'below') : 'not assessed'));
    expect(new Set(levels).size).toBeGreaterThanOrEqual(4);
  });
});

describe.each(services)('the readiness on the $data.name page', (service) => {
  const doc = page(`/services/${service.id}/`);
  const section = () => {
    const nodes: Element[] = [];
    for (let node = doc.getElementById('readiness')?.nextElementSibling; node && node.id !== 'notes'; node = node.nextElementSibling) nodes.push(node);
    return nodes;
  };

  it.each(checklists.map((checklist) => [checklist.title, checklist] as const))('%s: says "Not assessed" or shows every item as a task list with its status', (_, checklist) => {
    const nodes = section();
    const heading = nodes.findIndex((node) => node.tagName === 'H3' && node.querySelector('a')?.getAttribute('href') === `${BASE}checklists/${checklist.id}/`);
    expect(heading, 'a heading linking the checklist').toBeGreaterThanOrEqual(0);
    const summary = nodes[heading + 1]!.textContent!;
    const readiness = expected(service, checklist);
    if (!readiness.assessed) {
      expect(summary.trim()).toBe('Not assessed');
      return;
    }
    expect(summary).toContain(`${readiness.met} of ${readiness.applicable} met`);
    const list = nodes.slice(heading + 1).find((node) => node.classList.contains('govuk-task-list'))!;
    const rows = [...list.querySelectorAll('.govuk-task-list__item')];
    expect(rows.map((row) => row.querySelector('a')?.getAttribute('href'))).toEqual(checklist.items.map((item) => `${BASE}checklists/${checklist.id}/#${item.id}`));
    const done = rows.filter((row) => row.querySelector('.govuk-task-list__status')?.textContent?.trim() === 'Done').length;
    expect(done).toBe(readiness.items.filter((item) => item.outcome === 'met').length);
  });
});

describe('the services catalogue', () => {
  const doc = page('/services/');
  it('has a readiness column giving each service’s level, or "Not assessed", for every checklist', () => {
    const headers = [...doc.querySelectorAll('table[data-catalogue] thead th')].map((th) => th.textContent?.trim());
    const column = headers.indexOf('Readiness');
    expect(column).toBeGreaterThan(0);
    const rows = [...doc.querySelectorAll('table[data-catalogue] tbody tr')];
    expect(rows).toHaveLength(services.length);
    rows.forEach((row, index) => {
      const items = [...row.children[column]!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(items.map((item) => item.split(':')[0])).toEqual(checklists.map((c) => c.title).sort((a, b) => order(a) - order(b)));
      if (services[index]!.id === CPD) expect(items.every((item) => item.endsWith(': Not assessed'))).toBe(true);
    });
  });
});

/** Checklists show in their `order`, not by file name. */
const order = (title: string) => ['Operate a reliable service', 'Ready for live support', 'Going live'].indexOf(title);

describe.each(checklists)('the services × items matrix on the $title page', (checklist) => {
  const doc = page(`/checklists/${checklist.id}/`);
  const table = [...doc.querySelectorAll('table')].find((t) => t.querySelector('caption')?.textContent === 'How each service meets this checklist')!;

  it('has a column per service and a row per item, with one "Not assessed" cell for a service that has not answered', () => {
    expect([...table.querySelectorAll('thead th')].slice(1).map((th) => th.querySelector('a')?.textContent)).toEqual(services.map((s) => s.data.name));
    const rows = [...table.querySelectorAll('tbody tr')].slice(1);
    expect(rows.map((row) => row.querySelector('th a')?.getAttribute('href'))).toEqual(checklist.items.map((item) => `#${item.id}`));
    const notAssessed = [...table.querySelectorAll('td[rowspan]')];
    expect(notAssessed.every((td) => td.textContent === 'Not assessed')).toBe(true);
    const unanswered = services.filter((service) => !expected(service, checklist).assessed);
    expect(notAssessed).toHaveLength(unanswered.length);
    for (const cell of notAssessed) expect(cell.getAttribute('rowspan')).toBe(String(checklist.items.length));
  });

  it('marks done exactly the items each service has met', () => {
    const rows = [...table.querySelectorAll('tbody tr')].slice(1);
    services.forEach((service) => {
      const readiness = expected(service, checklist);
      if (!readiness.assessed) return;
      const column = services.filter((s, i) => i < services.indexOf(service) && expected(s, checklist).assessed).length;
      const cells = rows.map((row) => row.querySelectorAll('td:not([rowspan])')[column]?.textContent);
      expect(cells, service.id).toEqual(readiness.items.map((item) => (item.outcome === 'met' ? 'Done' : expect.not.stringMatching(/^Done$/))));
    });
  });
});

describe('checklists.json', () => {
  const json = JSON.parse(readFileSync(path.join(outDir, 'checklists.json'), 'utf8')) as {
    assessedOn: string;
    services: { id: string; checklists: Record<string, { assessed: boolean; level?: string | null; met?: number; applicable?: number; blockers?: unknown[]; answers?: unknown }> }[];
  };

  it('gives every service’s answers and readiness for every checklist, judged on the build’s "today"', () => {
    expect(json.assessedOn).toBe(TODAY);
    expect(json.services.map((s) => s.id)).toEqual(services.map((s) => s.id));
    for (const service of services) {
      const exported = json.services.find((s) => s.id === service.id)!;
      for (const checklist of checklists) {
        const readiness = expected(service, checklist);
        const entry = exported.checklists[checklist.id]!;
        if (!readiness.assessed) {
          expect(entry).toMatchObject({ assessed: false });
          expect(Object.keys(entry)).toEqual(['assessed', 'items']);
          continue;
        }
        expect(entry).toMatchObject({ assessed: true, level: readiness.level ?? null, met: readiness.met, applicable: readiness.applicable });
        expect(entry.blockers).toHaveLength(readiness.blockers.length);
      }
    }
  });

  it('gives each item the manual’s evidence; the seed answers in-progress where the manual shows an item not met, so nothing conflicts', () => {
    const items = (serviceId: string, checklistId: string) => itemsOf(json, serviceId, checklistId);
    for (const service of json.services) {
      for (const checklist of checklists) expect(Object.keys(items(service.id, checklist.id))).toEqual(checklist.items.map((item) => item.id));
    }
    const ready = items('find-mentor-training', 'ready-for-live-support');
    // Its run book "Renew the DfE Sign-in client secret" was last tested on 2026-02-16: more than 6 months before TODAY.
    expect(ready['run-books']).toEqual({ derived: 'not-met', conflict: false, reason: STALE_RUN_BOOK });
    expect(ready['severity-levels']).toEqual({ derived: 'met', conflict: false });
    // No derived check for this item.
    expect(ready['hand-offs']).toEqual({ derived: null, conflict: false });
    expect(conflictsOf(json)).toEqual([]);
  });

  it('gives a conflict when the answer is done but the evidence is not met', () => {
    const conflicted = JSON.parse(readFileSync(path.join(conflictSite(), 'checklists.json'), 'utf8')) as ItemsJson;
    const ready = itemsOf(conflicted, 'find-mentor-training', 'ready-for-live-support');
    expect(ready['run-books']).toEqual({ derived: 'not-met', conflict: true, reason: STALE_RUN_BOOK });
    expect(ready['severity-levels']).toEqual({ derived: 'met', conflict: false });
    expect(conflictsOf(conflicted)).toHaveLength(1);
  });

  it('shows the conflict on the service page and in the catalogue as a warning with its reason, and prompts where the manual shows an item met', () => {
    const reason = `Answered done, but ${STALE_RUN_BOOK}.`;
    const site = conflictSite();
    const service = page('/services/find-mentor-training/', site);
    const readiness = service.getElementById('readiness')!.parentElement!.textContent!.replace(/\s+/g, ' ');
    expect(readiness).toContain('The manual disagrees with 1 answer:');
    expect(readiness).toContain(`Keep run books for common problems and routine fixes (Ready for live support): ${reason}`);
    const item = [...service.querySelectorAll('.govuk-task-list__item')].find((li) => li.textContent!.includes('Keep run books for common problems'))!;
    expect(item.textContent).toContain(`Warning: ${reason}`);
    expect(page('/services/', site).body.textContent!.replace(/\s+/g, ' ')).toContain(`Warning: Keep run books for common problems and routine fixes (Ready for live support). ${reason}`);
    // The seed itself answers in-progress: no warning, and the item is a blocker instead.
    const seed = page('/services/find-mentor-training/');
    const seedReadiness = seed.getElementById('readiness')!.parentElement!.textContent!.replace(/\s+/g, ' ');
    expect(seedReadiness).not.toContain('The manual disagrees');
    expect(seedReadiness).not.toContain('Answered done, but');
    expect(seedReadiness).toContain('Blocker: Keep run books for common problems and routine fixes (essential, not yet met)');
    expect(page('/services/').body.textContent!).not.toContain('Answered done, but');
    // incident-systems is not started, but the manual names a shared incident contact.
    const systems = [...seed.querySelectorAll('.govuk-task-list__item')].find((li) => li.textContent!.includes('Choose the systems for incident reports'))!;
    expect(systems.textContent).toContain('The manual shows this is met: mark it done.');
  });

  it('writes the answers so they read back through the service schema unchanged', () => {
    for (const service of services) {
      const answers = Object.fromEntries(Object.entries(json.services.find((s) => s.id === service.id)!.checklists).filter(([, c]) => c.assessed).map(([id, c]) => [id, c.answers]));
      expect(checklistAnswersShape.checklists.parse(answers)).toEqual(service.data.checklists);
    }
  });
});

describe('an exception, judged against the injectable "today"', () => {
  const fixture = 'tests/fixtures/checklists-readiness/content';
  const readinessOn = (today: string) => {
    const result = buildSite({ name: `checklists-readiness-${today}`, content: fixture, env: { OPS_MANUAL_TODAY: today } });
    if (result.status !== 0) throw new Error(result.output);
    const json = JSON.parse(readFileSync(path.join(result.outDir, 'checklists.json'), 'utf8')) as { services: { checklists: Record<string, unknown> }[] };
    return { json: json.services[0]!.checklists.ready, page: readPage(result.outDir, 'services/find-training/index.html') };
  };

  it('still counts on its expiry date, and blocks readiness from the day after', () => {
    const onTheDay = readinessOn('2026-06-30');
    expect(onTheDay.json).toMatchObject({ level: 'expected', met: 2, applicable: 2, blockers: [] });
    expect(onTheDay.page).toContain('Exception until 30 June 2026');
    const dayAfter = readinessOn('2026-07-01');
    expect(dayAfter.json).toMatchObject({ level: 'essential', met: 1, applicable: 2, blockers: [{ item: 'out-of-hours', reason: 'exception-expired' }] });
    expect(dayAfter.page).toContain('Exception ended 30 June 2026');
    expect(dayAfter.page).toContain('Blocker: Plan out of hours support (its exception has ended)');
  });
});

describe('next steps on a service page', () => {
  const nextSteps = (site: string) => {
    const service = page('/services/find-mentor-training/', site);
    const heading = service.getElementById('next-steps')!;
    const lists: Record<string, string[][]> = {};
    let title = '';
    for (let node = heading.nextElementSibling; node && node.tagName !== 'H3'; node = node.nextElementSibling) {
      if (node.tagName === 'H4') title = node.textContent!;
      if (node.tagName === 'OL') lists[title] = [...node.querySelectorAll('a')].map((a) => [a.textContent!, a.getAttribute('href')!]);
    }
    return lists;
  };
  const ready = checklists.find((c) => c.id === 'ready-for-live-support')!;
  const guidance = (id: string) => `${BASE.replace(/\/$/, '')}${ready.items.find((item) => item.id === id)!.guidance}`;

  it('lists, per checklist, the unmet items up to the next level, in order, each linked to its guidance under the base path', () => {
    const lists = nextSteps(outDir);
    // Below essential: run-books is in progress, so it is the one step to essential.
    expect(lists['Ready for live support']).toEqual([['Keep run books for common problems and routine fixes', guidance('run-books')]]);
    // Not answered: its essential items, in order.
    const operate = checklists.find((c) => c.id === 'operate-a-reliable-service')!;
    expect(lists['Operate a reliable service']!.map(([text]) => text)).toEqual(operate.items.filter((item) => item.level === 'essential' && item.phases.includes('beta')).map((item) => item.title));
  });

  it('lists the expected items not yet met once essential is reached, in the checklist’s order', () => {
    // The copy that answers run-books done reaches essential (the level counts the team's answers only).
    expect(nextSteps(conflictSite())['Ready for live support']).toEqual([
      ['Agree how issues reported by users are handled', guidance('user-reported-issues')],
      ['Choose the systems for incident reports', guidance('incident-systems')],
    ]);
  });
});

describe('team pages', () => {
  it('lists every team, each linking to its page', () => {
    const links = [...page('/teams/').querySelectorAll('tbody th a')].map((a) => a.getAttribute('href'));
    const teams = globSync(`${EXAMPLE_CONTENT}/teams/*.yaml`, { cwd: ROOT }).map((file) => `${BASE}teams/${path.basename(file, '.yaml')}/`);
    expect(links.sort()).toEqual(teams.sort());
  });

  it('shows a team’s services with phase and readiness, its conflicts and its run books due a test', () => {
    const team = page('/teams/mentor-training-team/');
    const text = team.body.textContent!.replace(/\s+/g, ' ');
    const row = team.querySelector('#services ~ section tbody tr')!;
    expect(row.querySelector('th a')!.getAttribute('href')).toBe(`${BASE}services/find-mentor-training/`);
    expect([...row.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim())).toEqual(['Beta', 'Not assessed', 'Below essential7 of 10 met, 1 blocker', 'Below essential6 of 11 met, 3 blockers']);
    expect(text).not.toContain('Answered done, but');
    // Where the team's answer is done but the manual disagrees, the team page lists the conflict.
    const conflicted = page('/teams/mentor-training-team/', conflictSite());
    const conflictedRow = conflicted.querySelector('#services ~ section tbody tr')!;
    expect([...conflictedRow.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim())[2]).toBe('Essential8 of 10 met');
    expect(conflicted.body.textContent!.replace(/\s+/g, ' ')).toContain(`Answered done, but ${STALE_RUN_BOOK}.`);
    const runbooks = team.getElementById('run-books')!.nextElementSibling!.nextElementSibling!;
    expect(runbooks.textContent!.replace(/\s+/g, ' ')).toContain('Renew the DfE Sign-in client secret (Find mentor training): Overdue test due 16 August 2026');
  });

  it('links every owner’s name to its team page', () => {
    const owner = (sitePath: string) => page(sitePath).querySelector('[data-pagefind-ignore] p a[href*="/teams/"]')?.getAttribute('href');
    expect(owner('/services/find-mentor-training/')).toBe(`${BASE}teams/mentor-training-team/`);
    expect(owner('/checklists/going-live/')).toBe(`${BASE}teams/ops-manual-editors/`);
    expect(owner('/service-standard/operate-a-reliable-service/')).toBe(`${BASE}teams/ops-manual-editors/`);
    const catalogue = [...page('/services/').querySelectorAll('tbody td a')].map((a) => a.getAttribute('href'));
    expect(catalogue).toContain(`${BASE}teams/mentor-funding-team/`);
  });
});

describe('portfolio readiness', () => {
  const json = JSON.parse(readFileSync(path.join(outDir, 'checklists.json'), 'utf8')) as {
    services: { id: string; phase: string; checklists: Record<string, { assessed: boolean; level?: string | null; applicable?: number; blockers?: unknown[] }> }[];
  };
  const readiness = page('/readiness/');

  it('charts how many services stand at each level of each checklist, with the same numbers in the table', () => {
    for (const checklist of checklists) {
      const counts = new Map<string, number>();
      for (const service of json.services) {
        const entry = service.checklists[checklist.id]!;
        const label = !entry.assessed ? 'Not assessed' : entry.applicable === 0 ? 'Nothing applies yet' : entry.level ? entry.level[0]!.toUpperCase() + entry.level.slice(1) : 'Below essential';
        counts.set(label, (counts.get(label) ?? 0) + 1);
      }
      const chart = readiness.getElementById(`chart-${checklist.id}-desc`)!;
      expect(chart.parentElement!.getAttribute('role')).toBe('img');
      const charted = new Map(chart.textContent!.replace(/\.$/, '').split(', ').map((part) => [part.split(': ')[0]!, Number(part.split(': ')[1])]));
      expect(charted).toEqual(new Map([...counts].sort((a, b) => [...charted.keys()].indexOf(a[0]) - [...charted.keys()].indexOf(b[0]))));
      const table = readiness.getElementById(`by-phase-${checklist.id}`)!.closest('table')!;
      const headers = [...table.querySelectorAll('thead th')].slice(1).map((th) => th.textContent);
      const all = [...table.querySelectorAll('tbody tr')].at(-1)!;
      expect(all.querySelector('th')!.textContent).toBe('All services');
      expect(new Map([...all.querySelectorAll('td')].map((td, i) => [headers[i]!, Number(td.textContent)]))).toEqual(charted);
    }
  });

  it('ranks the services with the most blockers', () => {
    const rows = [...readiness.getElementById('most-blockers')!.parentElement!.querySelectorAll('tbody tr')];
    const blockers = rows.map((row) => Number(row.querySelector('td:last-child')!.textContent));
    expect(blockers.length).toBeGreaterThan(0);
    expect(blockers).toEqual([...blockers].sort((a, b) => b - a));
    const expectedTop = Math.max(...json.services.map((s) => Object.values(s.checklists).reduce((n, c) => n + (c.blockers?.length ?? 0), 0)));
    expect(blockers[0]).toBe(expectedTop);
  });
});
