/**
 * Reads the links and link targets (heading ids and explicit ids) out of a
 * Markdown or MDX source, with lines, by parsing it with Sätteri, the same
 * parser the site renders with, so what is checked is what is published.
 */
import Slugger from 'github-slugger';
import type { MdastNode } from 'satteri';
import { parseBody } from '../markdown/parse.ts';

export { MARKDOWN_FEATURES } from '../markdown/parse.ts';

export type LinkSyntax =
  /** [text](url), <url> or [label]: url. The site adds its base path to these. */
  | 'markdown'
  /** href/src in raw HTML or a lower-case JSX tag: published exactly as written. */
  | 'html'
  /** A prop of an MDX component, such as <Card href="/x/">. */
  | 'component';

export interface SourceLink {
  url: string;
  line: number;
  syntax: LinkSyntax;
}

export interface SourceAnchors {
  /** Heading slugs and explicit ids in the page body. */
  ids: Set<string>;
  /** False when components or expressions may add ids the source does not show. */
  complete: boolean;
}

export interface ParsedMarkdown {
  links: SourceLink[];
  anchors: SourceAnchors;
  /** A syntax error, with its line, when the source cannot be parsed. */
  error?: { line: number; message: string };
}

type Node = MdastNode & {
  type: string;
  url?: string;
  value?: unknown;
  name?: string | null;
  depth?: number;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } } | null;
};

/** How deep the tree of a page may go (a real page rarely passes 10). */
export const MAX_NESTING = 100;

const URL_ATTRIBUTE = /\b(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const ID_ATTRIBUTE = /\b(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const LINK_PROPS = new Set(['href', 'src', 'to', 'url', 'link']);

/** The text of a heading as the rendered HTML has it (code included, images not). */
function textOf(heading: Node): string {
  let text = '';
  const stack: Node[] = [heading];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text' || node.type === 'inlineCode') text += String(node.value ?? '');
    else if (node.type !== 'image' && node.type !== 'html') {
      const children = node.children ?? [];
      for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index]);
    }
  }
  return text;
}

/** Lines inside a raw HTML node where each attribute match falls. */
function lineWithin(value: string, index: number, startLine: number): number {
  return startLine + (value.slice(0, index).match(/\n/g)?.length ?? 0);
}

/** Results by source, so a check reads each page once (the safety lint parses it just before). */
const memo = new Map<string, ParsedMarkdown>();

export function parseMarkdownLinks(source: string, isMdx: boolean): ParsedMarkdown {
  const key = `${isMdx ? 'mdx' : 'md'}\n${source}`;
  const known = memo.get(key);
  if (known) return known;
  if (memo.size > 5_000) memo.clear(); // a long dev session edits pages many times
  const result = readMarkdownLinks(source, isMdx);
  memo.set(key, result);
  return result;
}

function readMarkdownLinks(source: string, isMdx: boolean): ParsedMarkdown {
  const parsed = parseBody(source, isMdx);
  if (parsed.error) return { links: [], anchors: { ids: new Set(), complete: false }, error: parsed.error };
  const tree = parsed.tree as Node;
  const links: SourceLink[] = [];
  const ids = new Set<string>();
  const slugger = new Slugger();
  let complete = true;

  function visit(node: Node): void {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'link':
      case 'definition':
        if (node.url) links.push({ url: node.url, line, syntax: 'markdown' });
        break;
      case 'heading':
        ids.add(slugger.slug(textOf(node)));
        break;
      case 'html': {
        const value = String(node.value ?? '');
        for (const match of value.matchAll(URL_ATTRIBUTE)) {
          links.push({ url: match[2] ?? match[3] ?? '', line: lineWithin(value, match.index, line), syntax: 'html' });
        }
        for (const match of value.matchAll(ID_ATTRIBUTE)) ids.add(match[1] ?? match[2] ?? '');
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const isComponent = /^[A-Z]/.test(node.name ?? '') || (node.name ?? '').includes('.');
        if (isComponent) complete = false;
        for (const attribute of node.attributes ?? []) {
          if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
          if (typeof attribute.value !== 'string') {
            if (attribute.name === 'id') complete = false;
            continue;
          }
          if (attribute.name === 'id' || attribute.name === 'name') ids.add(attribute.value);
          else if (LINK_PROPS.has(attribute.name) && (isComponent || attribute.name === 'href' || attribute.name === 'src')) {
            links.push({ url: attribute.value, line, syntax: isComponent ? 'component' : 'html' });
          }
        }
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        complete = false;
        break;
    }
  }
  // Depth-first in document order, without recursion, so any depth is read safely; past MAX_NESTING it is an error,
  // because the MDX compiler crashes the build (a segmentation fault at a 6,000-deep blockquote).
  const stack: [Node, number][] = [[tree, 0]];
  let error: ParsedMarkdown['error'];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_NESTING) {
      error ??= { line: node.position?.start.line ?? 1, message: `nests quotes, lists or elements more than ${MAX_NESTING} levels deep, which the site cannot render: flatten it` };
      continue;
    }
    visit(node);
    const children = node.children ?? [];
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push([children[index], depth + 1]);
  }
  return { links, anchors: { ids, complete }, error };
}
