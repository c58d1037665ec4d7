import { describe, expect, it } from 'vitest';
import { pathUnder, withBase } from '../../../../src/lib/routes/routes.ts';
import { normaliseBase } from '../../../../src/settings.ts';

describe('pathUnder', () => {
  it('publishes an entry under a prefix, with index pages at their folder', () => {
    expect(pathUnder('/guidance/', 'operations/index')).toBe('/guidance/operations/');
    expect(pathUnder('/guidance/', 'index')).toBe('/guidance/');
    expect(pathUnder('/guidance/', 'operations/incident-management')).toBe('/guidance/operations/incident-management/');
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
