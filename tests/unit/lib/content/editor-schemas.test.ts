import { describe, expect, it } from 'vitest';
import { editorSchema, type JsonSchema } from '../../../../src/lib/content/editor-schemas.ts';

const astro: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    owner: { type: 'string', pattern: '^[a-z-]+$' },
    $schema: { type: 'string' },
  },
  required: ['owner'],
  additionalProperties: false,
};

describe('editorSchema', () => {
  const schema = editorSchema(astro, { title: 'Frontmatter of a service manual', description: 'A file in content/services/.' });
  const properties = schema.properties as Record<string, JsonSchema>;
  it('adds a title, keeps the rules, and drops the $schema key frontmatter must not use', () => {
    expect(Object.keys(schema).slice(0, 3)).toEqual(['$schema', 'title', 'description']);
    expect(schema.additionalProperties).toBe(false);
    expect(properties).not.toHaveProperty('$schema');
    expect(properties.owner).toEqual({ type: 'string', pattern: '^[a-z-]+$' });
  });
  it("leaves Astro's schema untouched", () => {
    expect(astro.properties).toHaveProperty('$schema');
  });
});
