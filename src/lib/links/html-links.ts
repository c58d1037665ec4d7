/**
 * Reads links and ids out of built HTML. Astro writes attributes in double
 * quotes and escapes `<` in text, so tags can be read reliably without a
 * full parser (code samples are text, never tags).
 */

export interface HtmlLink {
  tag: string;
  url: string;
}

const TAG = /<([a-z][a-z0-9-]*)\b([^>]*)>/gi;
const ATTRIBUTE = /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const LINK_ATTRIBUTES: Record<string, string> = { a: 'href', area: 'href', link: 'href', img: 'src', script: 'src', source: 'src', iframe: 'src', form: 'action' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|apos|lt|gt|#39);/gi, (_, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)));
    return ({ amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' } as Record<string, string>)[lower] ?? '';
  });
}

function attributes(text: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) result.set(match[1].toLowerCase(), decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  return result;
}

export interface HtmlPageLinks {
  links: HtmlLink[];
  ids: Set<string>;
}

export function readHtmlLinks(html: string): HtmlPageLinks {
  const links: HtmlLink[] = [];
  const ids = new Set<string>();
  for (const match of html.matchAll(TAG)) {
    const tag = match[1].toLowerCase();
    const attrs = attributes(match[2]);
    const id = attrs.get('id');
    if (id) ids.add(id);
    if (tag === 'a' && attrs.get('name')) ids.add(attrs.get('name')!);
    const attribute = LINK_ATTRIBUTES[tag];
    const url = attribute ? attrs.get(attribute) : undefined;
    if (url !== undefined && url !== '') links.push({ tag, url });
    if (tag === 'meta' && attrs.get('http-equiv')?.toLowerCase() === 'refresh') {
      const target = /url\s*=\s*(.+)$/i.exec(attrs.get('content') ?? '')?.[1]?.trim();
      if (target) links.push({ tag, url: target });
    }
  }
  return { links, ids };
}

/** What the link check needs of a page: each address it links to, once, in the order they first appear, and its ids. */
export interface PageLinkTargets {
  urls: string[];
  ids: string[];
}

export function linkTargets(html: string): PageLinkTargets {
  const { links, ids } = readHtmlLinks(html);
  return { urls: [...new Set(links.map((link) => link.url))], ids: [...ids] };
}
