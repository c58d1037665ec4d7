/**
 * A Sätteri HTML-tree plugin: each ```mermaid block becomes a figure with an
 * inline SVG, drawn at build time (Markdown and MDX alike). It runs after the
 * sanitiser, because its SVG is the site's own output, drawn from the block's
 * text (which the renderer escapes) and cleaned for the CSP in ./mermaid.ts;
 * the post-build gate still reads every page it ends up in.
 */
import type { Element, ElementContent } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parseFragment } from 'parse5';
import { defineHastPlugin } from 'satteri';
import { diagramFigure } from './mermaid.ts';

function textOf(nodes: readonly ElementContent[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.value : node.type === 'element' ? textOf(node.children) : '')).join('');
}

function mermaidSource(pre: Element): string | undefined {
  const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
  const classes: unknown = code?.properties?.className;
  const list = Array.isArray(classes) ? classes.map(String) : typeof classes === 'string' ? classes.split(' ') : [];
  return code && list.includes('language-mermaid') ? textOf(code.children) : undefined;
}

export function mermaidDiagrams() {
  // A factory: Sätteri calls it once per document, so the count belongs to one document.
  return () => {
    let count = 0;
    return defineHastPlugin({
      name: 'ops-manual:mermaid-diagrams',
      element: {
        filter: ['pre'],
        visit(node, ctx) {
          const source = mermaidSource(node as Element);
          if (source === undefined) return;
          count += 1;
          // As elements, not raw HTML: MDX cannot take raw HTML from a plugin at this stage.
          const fragment = fromParse5(parseFragment(diagramFigure(source, `diagram-${count}`))) as { children: ElementContent[] };
          const figure = fragment.children.find((child): child is Element => child.type === 'element');
          if (figure) ctx.replaceNode(node, figure);
        },
      },
    });
  };
}
