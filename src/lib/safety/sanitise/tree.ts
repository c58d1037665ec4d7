/**
 * The guarantee behind the content safety lint: every rendered Markdown and
 * MDX tree is rebuilt from the allowlist in `allowlist.ts`, so nothing an
 * author writes reaches the page as script, an event handler, a redirect,
 * a style, a form or a request to another origin, whatever form it takes.
 *
 * Raw HTML is parsed as a browser would (hast-util-raw, parse5), then the
 * whole tree goes through hast-util-sanitize. MDX adds its own node types:
 * an HTML element written as JSX keeps only its literal attributes and is
 * then held to the same allowlist; a listed component keeps only literal
 * attributes and has its children sanitised; any other component is
 * unwrapped; an expression is kept only as the text of a string literal,
 * and ESM (import/export) is removed.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import { CONTENT_COMPONENTS, contentSchema } from './allowlist.ts';

const MDX_TYPES = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'];
/** A tag name no HTML parser or MDX element can produce (parsers lower-case tag names), marking where a component goes back. */
const PLACEHOLDER = 'OPS-MANUAL-COMPONENT';
const HTML_NAME = /^[a-z][a-z0-9-]*$/;

/** A node as Sätteri hands it over (hast plus MDX's node types); only the fields below are read. */
interface AnyNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: unknown;
  properties?: Record<string, unknown>;
  attributes?: AnyNode[];
  children?: AnyNode[];
  data?: Record<string, unknown>;
}

const schemaWithPlaceholder: Schema = {
  ...contentSchema,
  tagNames: [...(contentSchema.tagNames ?? []), PLACEHOLDER],
  attributes: { ...contentSchema.attributes, [PLACEHOLDER]: ['dataIndex'] },
};

/** The same allowlist for an element checked on its own, out of its table or list. */
const schemaForOneElement: Schema = { ...contentSchema, ancestors: {} };

/** Returns a sanitised copy of a rendered content tree; the input is not changed. */
export function sanitiseTree(input: Readonly<Root>): Root {
  const components: AnyNode[] = [];
  let tree = { type: 'root', children: copyChildren((input as unknown as AnyNode).children, components) } as Root;
  if (hasRaw(tree as unknown as AnyNode)) tree = raw(tree, { passThrough: MDX_TYPES }) as Root;
  const clean = sanitize(tree, schemaWithPlaceholder) as Root;
  return { type: 'root', children: restore(clean.children as AnyNode[], components) as RootContent[] };
}

/**
 * The properties an element may keep under the allowlist (the same rules as
 * `sanitiseTree`, for one element on its own): used on the elements Markdown
 * itself generates, whose only author-written values are link and image
 * addresses and table alignment. Undefined when the element is not allowed at all.
 */
export function sanitiseProperties(tagName: string, properties: Readonly<Record<string, unknown>>): Record<string, unknown> | undefined {
  const element = { type: 'element', tagName, properties: alignFromStyle(tagName, { ...properties }), children: [] } as unknown as Element;
  const clean = sanitize({ type: 'root', children: [element] }, schemaForOneElement) as Root;
  const kept = clean.children.find((child): child is Element => child.type === 'element' && child.tagName === tagName);
  if (!kept) return undefined;
  keepImagesOnSite(kept);
  return kept.properties;
}

/** Copies nodes into plain objects, turning MDX nodes into hast or placeholders and table alignment into `align`. */
function copyChildren(children: AnyNode[] | undefined, components: AnyNode[]): AnyNode[] {
  const out: AnyNode[] = [];
  for (const child of children ?? []) out.push(...copyNode(child, components));
  return out;
}

function copyNode(node: AnyNode, components: AnyNode[]): AnyNode[] {
  switch (node.type) {
    case 'text':
    case 'raw':
    case 'comment':
      return [{ type: node.type, value: String(node.value ?? '') }];
    case 'element': {
      const properties = alignFromStyle(node.tagName ?? '', { ...node.properties });
      return [{ type: 'element', tagName: node.tagName, properties, children: copyChildren(node.children, components) }];
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return copyJsx(node, components);
    case 'mdxFlowExpression':
    case 'mdxTextExpression': {
      const text = stringLiteral(String(node.value ?? ''));
      return text === undefined ? [] : [{ type: 'text', value: text }];
    }
    default:
      // mdxjsEsm (import/export), doctypes and anything unknown: never published.
      return [];
  }
}

function copyJsx(node: AnyNode, components: AnyNode[]): AnyNode[] {
  const name = node.name ?? '';
  const literal = (node.attributes ?? []).filter(
    (attribute) => attribute.type === 'mdxJsxAttribute' && (typeof attribute.value === 'string' || attribute.value == null),
  );
  const children = copyChildren(node.children, components);
  if (HTML_NAME.test(name)) {
    // An HTML element written as JSX: its literal attributes as hast properties, then the same allowlist as Markdown.
    const properties: Record<string, unknown> = {};
    for (const attribute of literal) {
      const info = find(html, String(attribute.name));
      properties[info.property] = attribute.value == null ? true : info.spaceSeparated ? String(attribute.value).split(/\s+/).filter(Boolean) : attribute.value;
    }
    return [{ type: 'element', tagName: name, properties: alignFromStyle(name, properties), children }];
  }
  if (!(CONTENT_COMPONENTS as readonly string[]).includes(name)) return children;
  // A listed component: literal props only, never a directive (set:html, is:raw) or an event handler.
  const attributes = literal
    .filter((attribute) => /^[a-z][a-z0-9-]*$/i.test(String(attribute.name)) && !/^on/i.test(String(attribute.name)))
    .map((attribute) => ({ type: 'mdxJsxAttribute', name: attribute.name, value: attribute.value ?? null }));
  components.push({ type: node.type, name, attributes, children, data: node.data ? { ...node.data } : undefined });
  return [{ type: 'element', tagName: PLACEHOLDER, properties: { dataIndex: String(components.length - 1) }, children: [] }];
}

/** GFM writes table alignment as `style="text-align: …"`, which the CSP blocks; the site styles `align` instead. */
function alignFromStyle(tagName: string, properties: Record<string, unknown>): Record<string, unknown> {
  const style = properties.style;
  delete properties.style;
  if ((tagName === 'th' || tagName === 'td') && typeof style === 'string') {
    const match = /^\s*text-align\s*:\s*(left|center|right)\s*;?\s*$/i.exec(style);
    if (match) properties.align = match[1]!.toLowerCase();
  }
  return properties;
}

/** The text of a lone string literal such as `{'{application_id}'}`, or undefined for any other expression. */
export function stringLiteral(expression: string): string | undefined {
  const match = /^\s*(["'])((?:(?!\1)[^\\\n]|\\.)*)\1\s*$/s.exec(expression);
  if (!match) return undefined;
  try {
    return JSON.parse(`"${match[2]!.replace(/\\'/g, "'").replace(/"/g, '\\"').replace(/\\\\"/g, '\\"')}"`) as string;
  } catch {
    return undefined;
  }
}

function hasRaw(node: AnyNode): boolean {
  if (node.type === 'raw') return true;
  return (node.children ?? []).some(hasRaw);
}

/** Puts the sanitised components back where their placeholders survived, and keeps images on the site. */
function restore(nodes: AnyNode[], components: AnyNode[]): AnyNode[] {
  const out: AnyNode[] = [];
  for (const node of nodes) {
    if (node.type === 'element' && node.tagName === PLACEHOLDER) {
      const component = components[Number(node.properties?.dataIndex)];
      if (component) out.push({ ...component, children: restore(sanitisedChildren(component), components) });
      continue;
    }
    if (node.type === 'element') {
      keepImagesOnSite(node as unknown as Element);
      out.push({ ...node, children: restore(node.children ?? [], components) });
      continue;
    }
    out.push(node);
  }
  return out;
}

/** Images come from the site only: an absolute or protocol-relative src would be a request to another origin. */
function keepImagesOnSite(element: Element): void {
  if (element.tagName === 'img' && typeof element.properties.src === 'string' && /^(?:[a-z][a-z0-9+.-]*:|\/\/|\\)/i.test(element.properties.src)) {
    delete element.properties.src;
  }
}

function sanitisedChildren(component: AnyNode): AnyNode[] {
  const root = sanitize({ type: 'root', children: (component.children ?? []) as unknown as ElementContent[] }, schemaWithPlaceholder) as Root;
  return root.children as AnyNode[];
}
