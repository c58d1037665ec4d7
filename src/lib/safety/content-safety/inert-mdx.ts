/**
 * MDX that cannot run code, whatever the check said: a Sätteri HTML-tree
 * plugin that drops `import`/`export`, renders `{expressions}` as the text
 * written, and strips attribute expressions, spreads and `set:html`-style
 * directives from tags. The content check rejects all of these first, with
 * file:line (content-safety/markup.ts); this is the guarantee behind it, for
 * `npm run dev` on someone else's branch and any path that skips the check.
 */
import { defineHastPlugin } from 'satteri';
import { COMMENT_ONLY, RAW_DIRECTIVES } from './markup.ts';

interface JsxElement {
  attributes?: { type: string; name?: string; value?: unknown }[];
}

const isLiteral = (attribute: { type: string; name?: string; value?: unknown }) =>
  attribute.type === 'mdxJsxAttribute' &&
  (attribute.value === null || attribute.value === undefined || typeof attribute.value === 'string') &&
  !RAW_DIRECTIVES.has((attribute.name ?? '').toLowerCase());

export function inertMdx() {
  const literalAttributes = {
    filter: [] as string[],
    visit(node: Readonly<JsxElement>, ctx: { replaceNode(node: never, replacement: never): void }) {
      const attributes = node.attributes ?? [];
      const literal = attributes.filter(isLiteral);
      if (literal.length !== attributes.length) ctx.replaceNode(node as never, { ...node, attributes: literal } as never);
    },
  };
  return defineHastPlugin({
    name: 'ops-manual:inert-mdx',
    mdxjsEsm(node, ctx) {
      ctx.removeNode(node);
    },
    mdxFlowExpression(node, ctx) {
      const value = String(node.value ?? '');
      if (COMMENT_ONLY.test(value)) ctx.removeNode(node);
      else ctx.replaceNode(node, { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: `{${value}}` }] });
    },
    mdxTextExpression(node, ctx) {
      const value = String(node.value ?? '');
      if (COMMENT_ONLY.test(value)) ctx.removeNode(node);
      else ctx.replaceNode(node, { type: 'text', value: `{${value}}` });
    },
    mdxJsxFlowElement: literalAttributes,
    mdxJsxTextElement: literalAttributes,
  });
}
