import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSettings } from '../../../src/settings.ts';
import { defaultNavigation } from '../../../src/lib/routes/routes.ts';

const made: string[] = [];
afterAll(() => made.forEach((root) => rmSync(root, { recursive: true, force: true })));

function site(settingsYaml?: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'ops-manual-settings-'));
  made.push(root);
  mkdirSync(path.join(root, 'content'));
  if (settingsYaml !== undefined) writeFileSync(path.join(root, 'content/settings.yaml'), settingsYaml);
  return root;
}

describe('loadSettings', () => {
  it('gives every default to a site without a settings file, with no repository links and no phase banner', () => {
    const { settings, findings } = loadSettings(site(), 'content');
    expect(findings).toEqual([]);
    expect(settings.name).toBe('Operations manual');
    expect(settings.repositoryUrl).toBeUndefined();
    expect(settings.phase).toBeNull();
    expect(settings.navigation).toBeUndefined();
    expect(settings.base).toBe('/');
    expect(settings.operations.severityLevels).toEqual(['P1', 'P2', 'P3']);
  });

  it('reads the site\'s own values, and the environment overrides the addresses', () => {
    const root = site('name: Harbour operations\norganisation: Department for Harbours\nbase: /docs/\nnavigation:\n  - label: Services\n    path: /services/\n');
    expect(loadSettings(root, 'content').settings).toMatchObject({ name: 'Harbour operations', organisation: 'Department for Harbours', base: '/docs/', navigation: [{ label: 'Services', path: '/services/' }] });
    expect(loadSettings(root, 'content', { SITE_BASE: '/other', SITE_URL: 'https://x.example' }).settings).toMatchObject({ base: '/other/', siteUrl: 'https://x.example' });
  });

  it('names the file, line and field of a mistake, and what to write', () => {
    const { findings } = loadSettings(site('name: Harbour operations\nphase: live\nnavigation:\n  - label: Services\n    path: services\n'), 'content');
    expect(findings).toEqual([
      { file: 'content/settings.yaml', line: 2, field: 'phase', message: 'must be alpha or beta; leave it out for no phase banner' },
      { file: 'content/settings.yaml', line: 5, field: 'navigation[0].path', message: 'must be a path on this site that starts and ends with /, such as /guidance/' },
    ]);
  });

  it('reports an unknown setting at its line', () => {
    const { findings } = loadSettings(site('name: Harbour operations\nrepository: https://github.com/x/y\n'), 'content');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'content/settings.yaml', line: 2 });
    expect(findings[0]!.message).toContain('repository');
  });

  it('lists the site paths the settings link to, with their lines, for the link check', () => {
    const { links } = loadSettings(site('navigation:\n  - label: Services\n    path: /services/\nincidentPage: /guidance/incidents/\n'), 'content');
    expect(links).toEqual([
      { file: 'content/settings.yaml', line: 3, field: 'navigation[0].path', url: '/services/' },
      { file: 'content/settings.yaml', line: 4, field: 'incidentPage', url: '/guidance/incidents/' },
    ]);
  });
});

describe('defaultNavigation', () => {
  it('links only the parts of the site that have content, then search', () => {
    expect(defaultNavigation({ guidance: true, standards: false, services: true, checklists: false }).map((item) => item.label)).toEqual(['Guidance', 'Services', 'Search']);
  });
});
