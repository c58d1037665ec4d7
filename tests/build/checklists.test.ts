/**
 * The checklist pages, traceability both ways and checklists.json, built
 * from the real content under a sub-path so every link must carry the base.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LEVELS } from '../../src/lib/readiness.ts';
import { buildOnce, readPage, ROOT } from '../support/site.ts';

const BASE = '/ops-manual/';
const { outDir } = buildOnce({ name: 'checklists', base: BASE });

interface Item {
  id: string;
  title: string;
  guidance: string;
  level: string;
  phases: string[];
}
const checklists = globSync('content/checklists/*.yaml', { cwd: ROOT })
  .sort()
  .map((file) => ({ id: path.basename(file, '.yaml'), ...(parse(readFileSync(path.join(ROOT, file), 'utf8')) as { title: string; items: Item[] }) }));
const allItems = checklists.flatMap((checklist) => checklist.items.map((item) => ({ checklist, item })));

const window = new Window();
function page(sitePath: string): Document {
  const file = `${sitePath.replace(/^\//, '').replace(/#.*$/, '')}index.html`;
  return new window.DOMParser().parseFromString(readPage(outDir, file), 'text/html') as unknown as Document;
}

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
