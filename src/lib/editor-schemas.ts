/**
 * Editor schemas: Astro's JSON Schema for a collection's frontmatter, with the
 * lists of ids that reference fields may name, so editors can complete them.
 */

export type JsonSchema = { [key: string]: unknown };

export interface ReferenceList {
  /** A field path as the reference rules name it, such as `owner` or `knownIssues[].runbook`. */
  field: string;
  /** The ids that exist, sorted. */
  ids: string[];
}

/** Adds `enum` to every string the node can be: the node itself, array items, or anyOf branches. */
function allowOnly(node: JsonSchema | undefined, ids: string[]): boolean {
  if (!node) return false;
  if (node.type === 'string') {
    node.enum = ids;
    return true;
  }
  if (node.type === 'array') return allowOnly(node.items as JsonSchema, ids);
  const branches = (node.anyOf ?? node.oneOf) as JsonSchema[] | undefined;
  return branches ? branches.map((branch) => allowOnly(branch, ids)).some(Boolean) : false;
}

/** The schema of the property a path such as `knownIssues[].runbook` names, following arrays and anyOf. */
function propertyAt(schema: JsonSchema, field: string): JsonSchema | undefined {
  let node: JsonSchema | undefined = schema;
  for (const segment of field.split('.')) {
    const name = segment.replace(/\[\]$/, '');
    node = objectOf(node)?.properties ? ((objectOf(node)!.properties as Record<string, JsonSchema>)[name]) : undefined;
    if (node && segment.endsWith('[]')) node = itemsOf(node);
  }
  return node;
}

function objectOf(node: JsonSchema | undefined): JsonSchema | undefined {
  if (!node) return undefined;
  if (node.properties) return node;
  const branches = (node.anyOf ?? node.oneOf) as JsonSchema[] | undefined;
  return branches?.find((branch) => branch.properties);
}

function itemsOf(node: JsonSchema): JsonSchema | undefined {
  if (node.type === 'array') return node.items as JsonSchema;
  const branches = (node.anyOf ?? node.oneOf) as JsonSchema[] | undefined;
  return branches?.find((branch) => branch.type === 'array')?.items as JsonSchema | undefined;
}

export interface EditorSchemaOptions {
  title: string;
  description: string;
  references: ReferenceList[];
}

/**
 * A copy of Astro's schema with a title, the id lists, and without the
 * `$schema` key Astro adds for JSON data files (frontmatter must not use it).
 * Returns the fields it could not find, so a renamed field is noticed.
 */
export function editorSchema(astroSchema: JsonSchema, options: EditorSchemaOptions): { schema: JsonSchema; missing: string[] } {
  const schema = structuredClone(astroSchema);
  const properties = schema.properties as Record<string, unknown> | undefined;
  if (properties) delete properties.$schema;
  const missing: string[] = [];
  for (const reference of options.references) {
    if (reference.ids.length === 0) continue;
    if (!allowOnly(propertyAt(schema, reference.field), reference.ids)) missing.push(reference.field);
  }
  const { $schema, ...rest } = schema;
  return { schema: { $schema, title: options.title, description: options.description, ...rest }, missing };
}

export function serialise(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
