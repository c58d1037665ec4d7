/** Serialises an Atom 1.0 feed (RFC 4287). */
import { formatIsoDate } from '../core/dates.ts';
import { escapeXml } from '../core/xml.ts';

export interface AtomEntry {
  title: string;
  /** The page's address: absolute when the site URL is known. */
  url: string;
  summary: string;
  updated: Date;
  category?: string;
}

export interface AtomFeed {
  title: string;
  subtitle: string;
  /** Where the feed itself is published. */
  feedUrl: string;
  /** The page the feed mirrors. */
  pageUrl: string;
  author: string;
  entries: AtomEntry[];
}

function timestamp(date: Date): string {
  return `${formatIsoDate(date)}T00:00:00Z`;
}

/**
 * Atom ids must be absolute IRIs that never change. A page address is one when
 * the site URL is set; otherwise the path is placed under a `urn:` so the feed
 * stays valid. Each review gets its own id, so feed readers show it as new.
 */
export function atomId(url: string, date?: Date): string {
  const absolute = /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `urn:ops-manual:${url}`;
  return date ? `${absolute}#reviewed-${formatIsoDate(date)}` : absolute;
}

export function atomFeed(feed: AtomFeed): string {
  // The newest entry dates the feed: deterministic, unlike the build time.
  const updated = feed.entries.reduce((latest, entry) => Math.max(latest, entry.updated.getTime()), 0);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <id>${escapeXml(atomId(feed.feedUrl))}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
    `  <updated>${timestamp(new Date(updated))}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
  ];
  for (const entry of feed.entries) {
    lines.push(
      '  <entry>',
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      `    <id>${escapeXml(atomId(entry.url, entry.updated))}</id>`,
      `    <updated>${timestamp(entry.updated)}</updated>`,
      `    <summary>${escapeXml(entry.summary)}</summary>`,
      ...(entry.category ? [`    <category term="${escapeXml(entry.category)}"/>`] : []),
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
