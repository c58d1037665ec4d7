import { describe, expect, it } from 'vitest';
import { entryPath, entrySlug, withBase } from '../../../../src/lib/routes/routes.ts';
import { normaliseBase } from '../../../../src/settings.ts';

describe('entryPath', () => {
  it('publishes guidance under its section, with index pages at the folder', () => {
    expect(entryPath('guidance', 'operations/index')).toBe('/guidance/operations/');
    expect(entryPath('guidance', 'operations/incident-management')).toBe('/guidance/operations/incident-management/');
    expect(entryPath('standards', 'operate-a-reliable-service')).toBe('/service-standard/operate-a-reliable-service/');
    expect(entryPath('services', 'cpd')).toBe('/services/cpd/');
  });
  it('gives the route parameter below the collection prefix', () => {
    expect(entrySlug('guidance', 'operations/index')).toBe('operations');
    expect(entrySlug('guidance', 'going-live/before-you-go-live')).toBe('going-live/before-you-go-live');
  });
});

describe('withBase', () => {
  it('prefixes root-relative paths with the base', () => {
    expect(withBase('/guidance/', '/')).toBe('/guidance/');
    expect(withBase('/guidance/', '/ops-manual/')).toBe('/ops-manual/guidance/');
    expect(withBase('/', '/ops-manual/')).toBe('/ops-manual/');
  });
  it('leaves other links alone', () => {
    for (const link of ['https://example.org/', '#top', 'mailto:a@b.c', '//cdn.example/x', 'relative/']) {
      expect(withBase(link, '/ops-manual/')).toBe(link);
    }
  });
});

describe('normaliseBase', () => {
  it.each([[undefined, '/'], ['', '/'], ['ops-manual', '/ops-manual/'], ['/ops-manual', '/ops-manual/'], ['/a/b/', '/a/b/']])('%j → %j', (input, output) => {
    expect(normaliseBase(input)).toBe(output);
  });
});
