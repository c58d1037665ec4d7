/**
 * Editor schemas: Astro's JSON Schema for a collection's frontmatter, with a
 * title. They depend only on the schemas in src/schemas/, never on content:
 * listing the ids of teams, services or run books would make every pull
 * request that adds one regenerate a committed file. `npm run check` names a
 * misspelt id and suggests the right one instead.
 */

export type JsonSchema = { [key: string]: unknown };

export interface EditorSchemaOptions {
  title: string;
  description: string;
}

/**
 * A copy of Astro's schema with a title, and without the `$schema` key Astro
 * adds for JSON data files (frontmatter must not use it).
 */
export function editorSchema(astroSchema: JsonSchema, options: EditorSchemaOptions): JsonSchema {
  const schema = structuredClone(astroSchema);
  const properties = schema.properties as Record<string, unknown> | undefined;
  if (properties) delete properties.$schema;
  const { $schema, ...rest } = schema;
  return { $schema, title: options.title, description: options.description, ...rest };
}

export function serialise(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
