/** CONTRIBUTING.md: the commands it names exist, its example service is new, and it links the Create page. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CONTENT, ROOT } from '../support/site.ts';

const text = readFileSync(path.join(ROOT, 'CONTRIBUTING.md'), 'utf8');
const scripts = Object.keys((JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

describe('CONTRIBUTING.md', () => {
  it('names only npm scripts that exist', () => {
    const named = [...text.matchAll(/npm run (?:-s |--silent )?([a-z][\w:-]*)/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((name) => !scripts.includes(name))).toEqual([]);
  });
  it('gives a new:service example for a service that does not exist yet, owned by a team that does', () => {
    const example = /npm run new:service -- "([^"]+)" --owner (\S+)/.exec(text)!;
    const id = example[1].toLowerCase().replace(/[^a-z0-9]+/g, '-');
    for (const extension of ['md', 'mdx']) expect(existsSync(path.join(ROOT, EXAMPLE_CONTENT, 'services', `${id}.${extension}`))).toBe(false);
    expect(existsSync(path.join(ROOT, EXAMPLE_CONTENT, 'teams', `${example[2]}.yaml`))).toBe(true);
  });
  it('links the Create page and lists the characters that need care', () => {
    expect(text).toContain('/create-a-service-manual/');
    expect(existsSync(path.join(ROOT, 'src/routes/create-a-service-manual/index.astro'))).toBe(true);
    const section = text.slice(text.indexOf('## Characters that need care'));
    for (const needle of ['` #`', '`: `', '`"` `\'`', '`{`', '`<`']) expect(section).toContain(needle);
  });
});
