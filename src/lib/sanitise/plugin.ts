/**
 * The sanitiser as a Sätteri HTML-tree plugin. It runs first in
 * `markdown.processor`'s hastPlugins, which Markdown and MDX both use, so
 * every content tree is replaced by its sanitised copy before any other
 * plugin or the page sees it.
 */
import type { Root } from 'hast';
import { defineHastPlugin } from 'satteri';
import { sanitiseTree } from './tree.ts';

export function sanitiseContent() {
  return defineHastPlugin({
    name: 'ops-manual:sanitise',
    after(root, ctx) {
      ctx.replaceNode(root, sanitiseTree(root as Root));
    },
  });
}
