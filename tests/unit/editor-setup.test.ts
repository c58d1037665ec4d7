/** The editor set-up authors get: schemas for every collection, wired into VS Code. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kinds } from '../../src/kinds/index.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const jsonc = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8').replace(/^\s*\/\/.*$/gm, ''));
const settings = jsonc('.vscode/settings.json') as { 'astro.content-intellisense': boolean; 'yaml.schemas': Record<string, string[]> };

describe('editor schemas and VS Code settings', () => {
  it.each(Object.keys(kinds))('%s has a committed schema with a title', (name) => {
    const file = path.join(ROOT, 'schemas/json', `${name}.schema.json`);
    expect(existsSync(file), `${file}: run npm run schemas`).toBe(true);
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    expect(schema.title).toMatch(/^Frontmatter of a /);
    expect(schema.type).toBe('object');
  });
  it('maps every YAML collection to its schema', () => {
    const yamlCollections = Object.entries(kinds).filter(([, source]) => /ya?ml/.test(source.pattern));
    for (const [name, source] of yamlCollections) {
      expect(settings['yaml.schemas'][`./schemas/json/${name}.schema.json`]).toContain(`content/${source.folder}/*.yaml`);
    }
    for (const schema of Object.keys(settings['yaml.schemas'])) expect(existsSync(path.join(ROOT, schema)), schema).toBe(true);
  });
  it('turns on frontmatter completion for Markdown in the Astro extension and in Astro', () => {
    expect(settings['astro.content-intellisense']).toBe(true);
    // The integration (src/index.ts) sets it for every site, this one included.
    expect(readFileSync(path.join(ROOT, 'src/index.ts'), 'utf8')).toMatch(/experimental:\s*\{\s*contentIntellisense:\s*true\s*\}/);
    expect(jsonc('.vscode/extensions.json').recommendations).toEqual(expect.arrayContaining(['astro-build.astro-vscode', 'redhat.vscode-yaml']));
  });
  it('lists no team ids for owner, so adding a team needs no regenerated schema (see editor-schemas-content-free.test.ts)', () => {
    const guidance = JSON.parse(readFileSync(path.join(ROOT, 'schemas/json/guidance.schema.json'), 'utf8'));
    expect(guidance.properties.owner).not.toHaveProperty('enum');
  });
});
