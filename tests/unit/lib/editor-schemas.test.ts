import { describe, expect, it } from 'vitest';
import { editorSchema, type JsonSchema } from '../../../src/lib/editor-schemas.ts';

const astro: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    owner: { type: 'string', pattern: '^[a-z-]+$' },
    dependsOn: { type: 'array', items: { type: 'string' } },
    knownIssues: { type: 'array', items: { type: 'object', properties: { runbook: { anyOf: [{ type: 'string' }, { type: 'null' }] } } } },
    $schema: { type: 'string' },
  },
  required: ['owner'],
  additionalProperties: false,
};

describe('editorSchema', () => {
  const { schema, missing } = editorSchema(astro, {
    title: 'Frontmatter of a service manual',
    description: 'A file in content/services/.',
    references: [
      { field: 'owner', ids: ['team-a', 'team-b'] },
      { field: 'dependsOn', ids: ['svc'] },
      { field: 'knownIssues[].runbook', ids: ['rb'] },
      { field: 'tags', ids: [] },
    ],
  });
  const properties = schema.properties as Record<string, JsonSchema>;
  it('lists the ids a reference may name, on strings, array items and nullable fields', () => {
    expect(properties.owner).toEqual({ type: 'string', pattern: '^[a-z-]+$', enum: ['team-a', 'team-b'] });
    expect(properties.dependsOn.items).toEqual({ type: 'string', enum: ['svc'] });
    expect(JSON.stringify(properties.knownIssues)).toContain('"anyOf":[{"type":"string","enum":["rb"]},{"type":"null"}]');
    expect(missing).toEqual([]);
  });
  it('adds a title, keeps the rules, and drops the $schema key frontmatter must not use', () => {
    expect(Object.keys(schema).slice(0, 3)).toEqual(['$schema', 'title', 'description']);
    expect(schema.additionalProperties).toBe(false);
    expect(properties).not.toHaveProperty('$schema');
  });
  it('leaves Astro\'s schema untouched', () => {
    expect((astro.properties as Record<string, JsonSchema>).owner).not.toHaveProperty('enum');
  });
  it('reports reference fields it cannot find, so a renamed field is noticed', () => {
    expect(editorSchema(astro, { title: 't', description: 'd', references: [{ field: 'ower', ids: ['a'] }] }).missing).toEqual(['ower']);
  });
});
