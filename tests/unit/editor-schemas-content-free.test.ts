/**
 * A content-only pull request (a new team, service or run book) never needs a
 * regenerated committed file: the editor schemas name no content ids.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { entryIdFromPath } from '../../src/collections.ts';
import { kinds } from '../../src/kinds/index.ts';
import { EXAMPLE_CONTENT, ROOT } from '../support/site.ts';

const ids = Object.values(kinds).flatMap((source) =>
  globSync(source.pattern, { cwd: path.join(ROOT, EXAMPLE_CONTENT, source.folder) }).map((file) => entryIdFromPath(file)),
);

function enums(node: unknown, found: unknown[] = []): unknown[] {
  if (Array.isArray(node)) for (const item of node) enums(item, found);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'enum' && Array.isArray(value)) found.push(...value);
      else enums(value, found);
    }
  }
  return found;
}

describe('committed editor schemas', () => {
  it.each(Object.keys(kinds))('%s lists no team, service, run book or page ids', (name) => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/json', `${name}.schema.json`), 'utf8'));
    expect(ids.length).toBeGreaterThan(10);
    expect(enums(schema).filter((value) => ids.includes(String(value)))).toEqual([]);
    expect(JSON.stringify(schema)).not.toMatch(/OPS_MANUAL|tests\/fixtures/);
  });
});
