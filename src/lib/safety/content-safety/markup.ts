/**
 * The markup half of the content safety lint, on the tree the site renders
 * from: Sätteri's Markdown or MDX parser, so code blocks and code spans are
 * never mistaken for markup, and a tag split over lines, an entity-encoded
 * scheme or an MDX expression is seen the way the build sees it.
 *
 * MDX rules keep content from running code when the site is built: no ESM,
 * no expressions, no attribute expressions or spreads, no `set:html`, and
 * only the site's own components, with plain props.
 */
import { htmlToHast } from 'satteri';
import type { Finding } from '../../core/findings.ts';
import { parseBody } from '../../markdown/parse.ts';
import { CONTENT_COMPONENTS } from './components.ts';
import { classifyUrl, insecureUrlMessage, scriptUrlMessage, unsupportedUrlMessage } from './urls.ts';

interface Node {
  type: string;
  value?: unknown;
  url?: string;
  name?: string | null;
  tagName?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } } | null;
}

/** Tags that run code or embed another document. */
const EMBED_TAGS = new Set(['iframe', 'frame', 'object', 'embed']);
/** Tags that change how the page behaves, looks, or where it sends readers. */
const PAGE_TAGS = new Set(['meta', 'base', 'form', 'style', 'link']);
/** Attributes whose value is a URL a browser loads or follows (lower case; hast names included). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'cite', 'data', 'background', 'xlinkhref', 'xlink:href']);
/** Astro directives that publish their value unchecked. */
export const RAW_DIRECTIVES = new Set(['set:html', 'set:text', 'is:raw', 'is:inline']);
/** An MDX expression that is only a comment runs nothing. */
export const COMMENT_ONLY = /^\s*\/\*(?:[^*]|\*(?!\/))*\*\/\s*$/;

const COMPONENT_LIST = CONTENT_COMPONENTS.join(', ');
const RUNS_AT_BUILD = 'which runs as code when the site is built';

/** Finds the line of `needle` at or after `line`, for parts of a node the parser gives no position for. */
class Lines {
  private readonly starts: number[] = [0];
  private readonly source: string;
  constructor(source: string) {
    this.source = source;
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  find(needle: string, fromLine: number): number {
    const from = this.starts[Math.max(0, fromLine - 1)] ?? 0;
    const at = this.source.indexOf(needle, from);
    if (at === -1) return fromLine;
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= at) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }
}

function short(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;
}

type Report = (line: number, message: string, severity?: 'warning') => void;

function checkUrl(value: string, line: number, report: Report, image = false): void {
  const verdict = classifyUrl(value, { image });
  if (verdict.kind === 'script') report(line, scriptUrlMessage(verdict.scheme));
  else if (verdict.kind === 'unsupported') report(line, unsupportedUrlMessage(verdict.scheme));
  else if (verdict.kind === 'insecure') report(line, insecureUrlMessage(verdict.url), 'warning');
}

/** Rules for an HTML element, written as raw HTML or as a lower-case MDX tag. */
function checkTag(tag: string, line: number, report: Report): void {
  if (tag === 'script') {
    report(line, 'contains a `<script>` tag: content cannot run code in readers\' browsers. Remove it; to show code, put it in a code block (```).');
  } else if (EMBED_TAGS.has(tag)) {
    report(line, `contains an \`<${tag}>\` tag: content cannot embed other pages or plugins. Link to the page instead, such as [dashboard](https://…).`);
  } else if (PAGE_TAGS.has(tag)) {
    report(line, `contains a \`<${tag}>\` tag: content cannot change how the page behaves, looks or where it sends readers. Remove it; to point readers elsewhere, write a link such as [status page](https://…).`);
  }
}

function checkAttribute(tag: string, name: string, value: unknown, line: number, report: Report): void {
  const lower = name.toLowerCase();
  if (lower.startsWith('on') && lower.length > 2) {
    report(line, `has an inline event handler \`${lower}=\`: content cannot run code in readers' browsers. Remove the attribute.`);
  } else if (RAW_DIRECTIVES.has(lower)) {
    report(line, `\`${lower}\` publishes HTML unchecked: remove it and write the content as Markdown between the tags.`);
  } else if (URL_ATTRIBUTES.has(lower) && typeof value === 'string') {
    checkUrl(value, line, report, tag === 'img' && lower === 'src');
  }
}

/** Raw HTML: parsed as a browser would, then the same tag and attribute rules. */
function checkHtml(raw: string, line: number, report: Report): void {
  let tree: Node;
  try {
    tree = htmlToHast(raw, { fragment: true }) as Node;
  } catch {
    return;
  }
  const lowerRaw = raw.toLowerCase();
  const lineOf = (needle: string, from = 0) => {
    const at = lowerRaw.indexOf(needle, from);
    return at === -1 ? line : line + countNewlines(raw, at);
  };
  for (const element of walk(tree)) {
    if (element.type !== 'element' || !element.tagName) continue;
    const tag = element.tagName.toLowerCase();
    const tagAt = lowerRaw.indexOf(`<${tag}`);
    checkTag(tag, lineOf(`<${tag}`), report);
    for (const [key, value] of Object.entries(element.properties ?? {})) {
      const name = key.toLowerCase();
      checkAttribute(tag, name, value, lineOf(name === 'xlinkhref' ? 'xlink:href' : name, Math.max(0, tagAt)), report);
    }
  }
}

function countNewlines(text: string, end: number): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** Every node, depth first, without recursion (deep nesting cannot overflow the stack). */
function* walk(root: Node): Generator<Node> {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    yield node;
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

function checkMdxElement(node: Node, line: number, lines: Lines, report: Report): void {
  const name = node.name ?? '';
  if (!name) return; // a fragment, <>…</>, renders only its children
  const isComponent = /^[A-Z]/.test(name) || name.includes('.') || name.includes(':');
  if (isComponent && !(CONTENT_COMPONENTS as readonly string[]).includes(name)) {
    report(line, `\`<${name}>\` is not one of the site's components (${COMPONENT_LIST}): use one of those, or Markdown. A callout needs no component: write \`> [!WARNING]\` or \`> [!NOTE]\`.`);
  }
  const tag = name.toLowerCase();
  if (!isComponent) checkTag(tag, line, report);
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(
        lines.find(`{${String(attribute.value ?? '')}`, line),
        `spreads an expression into \`<${name}>\`, ${RUNS_AT_BUILD}: write each attribute with a plain value in quotes, such as alt="…".`,
      );
      continue;
    }
    const attributeName = attribute.name ?? '';
    const attributeLine = lines.find(attributeName, line);
    if (attribute.value && typeof attribute.value === 'object') {
      report(attributeLine, `\`<${name}>\` sets \`${attributeName}\` with an expression, ${RUNS_AT_BUILD}: write a plain value in quotes, such as ${attributeName}="…".`);
      continue;
    }
    checkAttribute(isComponent ? '' : tag, attributeName, attribute.value, attributeLine, report);
  }
}

/**
 * Markup findings in a Markdown (`isMdx` false) or MDX body. A source the
 * parser cannot read gives none here: the link check reports the syntax
 * error with its line, once.
 */
export function lintMarkup(file: string, source: string, isMdx: boolean): Finding[] {
  const parsed = parseBody(source, isMdx);
  if (parsed.error) return [];
  const tree = parsed.tree as Node;
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const report: Report = (line, message, severity) => {
    const key = `${line}\n${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(severity ? { file, line, message, severity } : { file, line, message });
  };
  const lines = new Lines(source);
  for (const node of walk(tree)) {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'link':
      case 'definition':
        if (node.url) checkUrl(node.url, line, report);
        break;
      case 'image':
        if (node.url) checkUrl(node.url, line, report, true);
        break;
      case 'html':
        checkHtml(String(node.value ?? ''), line, report);
        break;
      case 'mdxjsEsm':
        report(
          line,
          `\`import\` and \`export\` run code when the site is built, so content cannot use them. Remove the line: the site's components (${COMPONENT_LIST}) need no import. To show code, put it in a code block (\`\`\`).`,
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const value = String(node.value ?? '');
        if (COMMENT_ONLY.test(value)) break;
        const shown = short(value);
        report(
          line,
          `\`{${shown}}\` is an MDX expression, ${RUNS_AT_BUILD}. To show the braces as text, write \`\\{${shown}\\}\` or put it in a code span, or make this a plain Markdown (.md) file, where braces are text.`,
        );
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkMdxElement(node, line, lines, report);
        break;
    }
  }
  return findings;
}
