/**
 * Links that leave the site carry rel="noopener noreferrer", so the page they
 * open cannot script this one and is not told which page sent the reader.
 * `externalRel` decides; `externalLinks` applies it to Markdown and MDX.
 */
import { defineHastPlugin } from 'satteri';

const REQUIRED = ['noopener', 'noreferrer'];

/**
 * The rel an `<a href>` should have: its own tokens plus noopener and
 * noreferrer when it points off the site, or undefined to leave it alone.
 * `siteUrl` (the site's own address, if known) marks absolute links to this site as internal.
 */
export function externalRel(href: string, rel: string | undefined, siteUrl?: string): string | undefined {
  if (!/^(https?:)?\/\//i.test(href)) return undefined;
  if (siteUrl && new URL(href, siteUrl).origin === new URL(siteUrl).origin) return undefined;
  const tokens = (rel ?? '').split(/\s+/).filter(Boolean);
  const missing = REQUIRED.filter((token) => !tokens.map((t) => t.toLowerCase()).includes(token));
  return missing.length ? [...tokens, ...missing].join(' ') : undefined;
}

/** A Sätteri HTML-tree plugin that adds the rel to external links in content. */
export function externalLinks(siteUrl?: string) {
  return defineHastPlugin({
    name: 'ops-manual:external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href !== 'string') return;
        const current = node.properties?.rel;
        const rel = externalRel(href, Array.isArray(current) ? current.join(' ') : typeof current === 'string' ? current : undefined, siteUrl);
        if (rel) ctx.setProperty(node, 'rel', rel);
      },
    },
  });
}
