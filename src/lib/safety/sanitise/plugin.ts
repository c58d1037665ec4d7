/**
 * The sanitiser as a Sätteri HTML-tree plugin. It runs first in
 * `markdown.processor`'s hastPlugins, which Markdown and MDX both use, so
 * every content tree is sanitised before any other plugin or the page sees it.
 *
 * Handing a whole tree from Sätteri (Rust) to JavaScript costs about 1.3 ms a
 * page, ten times the rest of the Markdown pipeline, so it is done only where
 * an author can write markup: an MDX document, or a Markdown document with raw
 * HTML in it. Everything else in a Markdown document is an element Markdown
 * made itself, whose only author-written values are link and image addresses
 * and table alignment: those elements are checked one by one against the same
 * allowlist (see docs/content-safety.md for the measurements).
 */
import type { Element, Root } from 'hast';
import { defineHastPlugin } from 'satteri';
import { sanitiseProperties, sanitiseTree } from './tree.ts';

/** The elements Markdown generates with author-written attribute values. */
const MARKDOWN_ELEMENTS_WITH_AUTHOR_VALUES = ['a', 'img', 'th', 'td'];

export function sanitiseContent() {
  // A factory: Sätteri calls it once per document, so `sawRaw` belongs to one document.
  return () => {
    let sawRaw = false;
    return defineHastPlugin({
      name: 'ops-manual:sanitise',
      raw() {
        sawRaw = true;
      },
      element: {
        filter: MARKDOWN_ELEMENTS_WITH_AUTHOR_VALUES,
        visit(node, ctx) {
          const before = (node as Element).properties ?? {};
          const after = sanitiseProperties(node.tagName, before);
          if (!after) return ctx.removeNode(node);
          const changed = Object.keys(before).length !== Object.keys(after).length || Object.keys(after).some((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
          // A new element rather than setProperty: Sätteri renders a property set to null or undefined as an empty attribute.
          if (changed) return { type: 'element', tagName: node.tagName, properties: after, children: [...node.children] } as Element;
        },
      },
      after(root, ctx) {
        if (sawRaw || ctx.sourceFormat === 'mdx') ctx.replaceNode(root, sanitiseTree(root as Root));
      },
    });
  };
}
