/**
 * A Sätteri Markdown-tree plugin: each ```mermaid block becomes a figure with
 * an inline SVG, drawn at build time (Markdown and MDX alike).
 */
import { defineMdastPlugin } from 'satteri';
import { diagramFigure } from './mermaid.ts';

export function mermaidDiagrams() {
  return defineMdastPlugin({
    name: 'ops-manual:mermaid-diagrams',
    code(node, ctx) {
      if (node.lang !== 'mermaid') return;
      const count = ((ctx.data.diagrams as number | undefined) ?? 0) + 1;
      ctx.data.diagrams = count;
      ctx.replaceNode(node, { raw: diagramFigure(node.value, `diagram-${count}`), mdxExpressions: false });
    },
  });
}
