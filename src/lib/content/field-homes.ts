/**
 * Where each field name is allowed, read from the schema's own shape (never a
 * hand-kept list), so a known field at the wrong level can be told where it
 * belongs: "`incidentContact` belongs under `contacts:`".
 */

interface Def {
  type?: string;
  shape?: Record<string, unknown>;
  innerType?: unknown;
  element?: unknown;
  options?: unknown[];
  in?: unknown;
  out?: unknown;
  getter?: () => unknown;
  valueType?: unknown;
  left?: unknown;
  right?: unknown;
  items?: unknown[];
}

const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;

/** Field name → the places it is allowed, as paths such as `contacts` or `severities[]` ('' for the top level). */
export function fieldHomes(schema: unknown): Map<string, string[]> {
  const homes = new Map<string, string[]>();
  const seen = new Set<unknown>();
  const stack: { schema: unknown; path: string }[] = [{ schema, path: '' }];
  while (stack.length > 0) {
    const { schema: current, path } = stack.pop()!;
    const def = defOf(current);
    if (!def || seen.has(current)) continue;
    seen.add(current);
    const next = (child: unknown, childPath = path) => child && stack.push({ schema: child, path: childPath });
    switch (def.type) {
      case 'object':
        for (const [key, child] of Object.entries(def.shape ?? {})) {
          const list = homes.get(key) ?? [];
          if (!list.includes(path)) list.push(path);
          homes.set(key, list);
          next(child, path ? `${path}.${key}` : key);
        }
        break;
      case 'array':
        next(def.element, `${path}[]`);
        break;
      case 'record':
        next(def.valueType, `${path}.*`);
        break;
      case 'union':
        for (const option of def.options ?? []) next(option);
        break;
      case 'intersection':
        next(def.left);
        next(def.right);
        break;
      case 'pipe':
        next(def.in);
        next(def.out);
        break;
      case 'lazy':
        next(def.getter?.());
        break;
      default:
        next(def.innerType);
    }
  }
  return homes;
}

/** `contacts` from ['contacts'], `severities[]` from ['severities', 2], `checklists.*` from a record key. */
export function homeOf(path: readonly PropertyKey[], homes?: readonly string[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += '[]';
    else {
      const candidate = text ? `${text}.${String(key)}` : String(key);
      const wildcard = text ? `${text}.*` : '*';
      text = homes && !homes.some((h) => h === candidate || h.startsWith(`${candidate}.`) || h.startsWith(`${candidate}[`)) && homes.some((h) => h.startsWith(wildcard)) ? wildcard : candidate;
    }
  }
  return text;
}

/** How to write a home for an author: `contacts:`, or `each item of severities:`. */
export function describeHome(home: string): string {
  if (home === '') return 'at the top level (not indented)';
  const parts = home.split('.');
  const last = parts.at(-1)!;
  if (last.endsWith('[]')) return `in each item of \`${last.replace(/(\[\])+$/, '')}:\` (after a \`- \`)`;
  return `under \`${last === '*' ? home : last}:\``;
}

/**
 * For a field the schema does not allow where it was written, where it does
 * belong, or undefined when the name is unknown everywhere (a typo, handled by
 * "Did you mean").
 */
export function misplacedFieldMessage(key: string, writtenAt: readonly PropertyKey[], homes: Map<string, string[]>): string | undefined {
  const places = homes.get(key);
  if (!places?.length) return undefined;
  const here = homeOf(writtenAt, [...homes.values()].flat());
  const elsewhere = places.filter((place) => place !== here);
  if (elsewhere.length === 0) return undefined;
  const where = elsewhere.map(describeHome).join(', or ');
  return `is not a field here: \`${key}\` belongs ${where}. Move it there, indented under that line.`;
}
