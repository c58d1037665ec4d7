/**
 * Reads start tags and their attributes from built HTML. The build's markup
 * is machine-written and regular, so a tokenizer that respects quoted values
 * is enough; it never needs to understand nesting.
 */

const TAG = (name: string) => new RegExp(`<${name}\\b((?:[^>"']|"[^"]*"|'[^']*')*)>`, 'gi');
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export type Attributes = Record<string, string>;

/** Attributes of every `<name …>` start tag in the HTML, in document order. */
export function startTags(html: string, name: string): Attributes[] {
  return [...html.matchAll(TAG(name))].map((match) => parseAttributes(match[1] ?? ''));
}

export function parseAttributes(source: string): Attributes {
  const attributes: Attributes = {};
  for (const [, key, double, single, bare] of source.matchAll(ATTRIBUTE)) {
    attributes[key!.toLowerCase()] = decodeEntities(double ?? single ?? bare ?? '');
  }
  return attributes;
}

function decodeEntities(value: string): string {
  return value.replace(/&(amp|quot|#39|lt|gt);/g, (_, entity: string) => ({ amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' })[entity]!);
}
