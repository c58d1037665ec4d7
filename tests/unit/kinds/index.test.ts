/** The registry of content kinds (src/kinds/): each kind declared once, and every consumer reading the same list. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { COLLECTIONS_KEY, publishCollections } from '../../../src/kinds/collections.ts';
import { ROUTED_KINDS, entryPath, entrySlug, kindList, kinds, pagePathOf, referenceRules } from '../../../src/kinds/index.ts';
import { CONTENT_TYPES } from '../../../src/lib/search/record.ts';
import { ROUTES } from '../../../src/routes.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const names = Object.keys(kinds);

describe('the registry', () => {
  it('has one folder in src/kinds/ for each kind, and a kind for each folder', () => {
    const folders = readdirSync(path.join(ROOT, 'src/kinds'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(folders.map((folder) => folder.name).sort()).toEqual([...names].sort());
  });

  it('reads each kind from a content folder of its own', () => {
    const folders = kindList.map((kind) => kind.folder);
    expect(new Set(folders).size).toBe(folders.length);
  });

  it('has every reference name a kind in the registry', () => {
    for (const rule of referenceRules) {
      expect(names, `${rule.from}.${rule.field}`).toContain(rule.from);
      expect(names, `${rule.from}.${rule.field}`).toContain(rule.to);
    }
  });

  it('homes a kind only under a kind with pages of its own', () => {
    for (const { name, home } of kindList.filter((kind) => kind.home)) {
      expect(ROUTED_KINDS.map((routed) => routed.kind), name).toContain(home!.kind);
    }
  });
});

describe('addresses', () => {
  it('publishes guidance under its section, with index pages at the folder', () => {
    expect(entryPath('guidance', 'operations/index')).toBe('/guidance/operations/');
    expect(entryPath('guidance', 'operations/incident-management')).toBe('/guidance/operations/incident-management/');
    expect(entryPath('standards', 'operate-a-reliable-service')).toBe('/service-standard/operate-a-reliable-service/');
    expect(entryPath('services', 'pay')).toBe('/services/pay/');
  });

  it('gives the route parameter below the kind’s prefix', () => {
    expect(entrySlug('guidance', 'operations/index')).toBe('operations');
    expect(entrySlug('guidance', 'going-live/before-you-go-live')).toBe('going-live/before-you-go-live');
  });

  it('publishes no page for a kind with neither a prefix nor a home', () => {
    expect(pagePathOf({ collection: 'teams', id: 'payments', data: { name: 'Payments' } })).toBeUndefined();
    expect(pagePathOf({ collection: 'checklists', id: 'going-live', data: {} })).toBeUndefined();
  });

  it('has an engine route for each kind with a prefix (the route table matches them)', () => {
    for (const { kind, prefix } of ROUTED_KINDS) {
      expect(
        ROUTES.some((route) => new RegExp(`^${prefix}\\[(?:\\.\\.\\.)?[^\\]/]+\\]$`).test(route.pattern)),
        `${kind}: no route at ${prefix}[id]`,
      ).toBe(true);
    }
  });
});

describe('consumers list exactly the registry’s kinds', () => {
  it('Astro’s content collections, as the integration hands them to the site’s content config', async () => {
    const made = publishCollections();
    const { collections } = await import('../../../src/content-collections.ts');
    expect(collections).toBe(made);
    expect(Object.keys(collections)).toEqual(names);
    for (const name of names) expect(collections[name as keyof typeof collections].schema).toBe(kinds[name as keyof typeof kinds].schema);
  });

  it('a content config loaded without the integration says what to add, rather than having no collections', async () => {
    delete (globalThis as Record<symbol, unknown>)[COLLECTIONS_KEY];
    vi.resetModules();
    await expect(import('../../../src/content-collections.ts')).rejects.toThrow(/add opsManual\(\) to the integrations in the site's astro.config.mjs/);
  });

  it('the committed editor schemas (npm run schemas)', () => {
    const files = readdirSync(path.join(ROOT, 'schemas/json')).filter((file) => file.endsWith('.schema.json'));
    expect(files.map((file) => file.replace('.schema.json', '')).sort()).toEqual([...names].sort());
  });

  it('the search page’s Type filter: each kind with a search record, and the pages built from code', () => {
    const types = kindList.flatMap((kind) => (kind.search ? [kind.search.type] : []));
    expect(new Set(types).size).toBe(types.length);
    expect([...CONTENT_TYPES].sort()).toEqual([...types].sort());
  });

  it('the content check and the editor schemas loop over the registry rather than naming kinds', () => {
    for (const file of ['src/check/content-check.ts', 'scripts/editor-schemas.ts', 'src/kinds/collections.ts']) {
      expect(readFileSync(path.join(ROOT, file), 'utf8'), file).toMatch(/for \(const \{ name[^}]*\} of kindList\)|kindList\.map\(/);
    }
  });
});
