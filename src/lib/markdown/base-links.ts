/**
 * A Sätteri HTML-tree plugin that puts the site's base path in front of
 * root-relative links and images in Markdown and MDX, so authors write
 * `[Incident management](/guidance/operations/incident-management/)` and it
 * works wherever the site is served, including under a sub-path.
 */
import { defineHastPlugin } from 'satteri';
import { withBase } from '../routes/routes.ts';

export function baseLinks(base: string) {
  return defineHastPlugin({
    name: 'ops-manual:base-links',
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        for (const name of ['href', 'src']) {
          const value = node.properties?.[name];
          if (typeof value !== 'string') continue;
          const based = withBase(value, base);
          if (based !== value) ctx.setProperty(node, name, based);
        }
      },
    },
  });
}
