/**
 * Callouts without MDX: a Markdown blockquote becomes GOV.UK inset text, and
 * GitHub's alert syntax picks the component:
 *
 *     > [!WARNING]
 *     > Do not restart the database during the nightly backup.
 *
 * WARNING and CAUTION become GOV.UK warning text (the "!" icon, bold, with
 * "Warning" for screen readers); NOTE, TIP and IMPORTANT become inset text.
 * A Sätteri HTML-tree plugin, so `.md` and `.mdx` render the same.
 */
import type { Element, ElementContent } from 'hast';
import { defineHastPlugin } from 'satteri';

export type AlertKind = 'NOTE' | 'TIP' | 'IMPORTANT' | 'WARNING' | 'CAUTION';
const WARNINGS = new Set<AlertKind>(['WARNING', 'CAUTION']);
/** `[!WARNING]` alone on the first line of the quote, as GitHub requires. */
const MARKER = /^\s*\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*(?:\r?\n|$)/i;

const isElement = (node: ElementContent | undefined): node is Element => node?.type === 'element';
const isBlank = (node: ElementContent) => node.type === 'text' && !node.value.trim();

/** The quote's alert kind and its content without the marker (dropping a paragraph left empty). */
export function readAlert(children: readonly ElementContent[]): { kind?: AlertKind; content: ElementContent[] } {
  const content = children.filter((child) => !isBlank(child));
  const first = content[0];
  const text = isElement(first) && first.tagName === 'p' ? first.children[0] : undefined;
  const marker = text?.type === 'text' ? MARKER.exec(text.value) : null;
  if (!isElement(first) || !text || text.type !== 'text' || !marker) return { content };
  const rest = [{ ...text, value: text.value.slice(marker[0].length) }, ...first.children.slice(1)].filter((child) => !(child.type === 'text' && child.value === ''));
  const paragraph: Element = { ...first, children: rest };
  return { kind: marker[1].toUpperCase() as AlertKind, content: rest.length ? [paragraph, ...content.slice(1)] : content.slice(1) };
}

const element = (tagName: string, className: string | undefined, children: ElementContent[], extra: Record<string, string> = {}): Element => ({
  type: 'element',
  tagName,
  properties: { ...(className ? { className: [className] } : {}), ...extra },
  children,
});

/** The GOV.UK markup for a quote: warning text or inset text. */
export function calloutFor(children: readonly ElementContent[]): Element {
  const { kind, content } = readAlert(children);
  if (!kind || !WARNINGS.has(kind)) return element('div', 'govuk-inset-text', content);
  // One paragraph reads as the component's one bold sentence; more blocks keep their structure inside a div.
  const only = content.length === 1 && isElement(content[0]) && content[0].tagName === 'p' ? content[0].children : undefined;
  const hidden = element('span', 'govuk-visually-hidden', [{ type: 'text', value: 'Warning' }]);
  const text = only ? element('strong', 'govuk-warning-text__text', [hidden, ...only]) : element('div', 'govuk-warning-text__text', [hidden, ...content]);
  return element('div', 'govuk-warning-text', [element('span', 'govuk-warning-text__icon', [{ type: 'text', value: '!' }], { ariaHidden: 'true' }), text]);
}

export function callouts() {
  return defineHastPlugin({
    name: 'ops-manual:callouts',
    element: {
      filter: ['blockquote'],
      visit(node, ctx) {
        ctx.replaceNode(node, calloutFor(node.children as ElementContent[]));
      },
    },
  });
}
