import { describe, expect, it } from 'vitest';
import { atomFeed, atomId } from '../../../../src/lib/feeds/atom.ts';

const feed = {
  title: "What's new - Ops <manual>",
  subtitle: 'Recent pages',
  feedUrl: 'https://example.org/m/whats-new/feed.xml',
  pageUrl: 'https://example.org/m/whats-new/',
  author: 'Example & Co',
  entries: [
    { title: 'Incidents & outages', url: 'https://example.org/m/guidance/i/', summary: 'Use "P1" < P2', updated: new Date('2025-11-03T00:00:00Z'), category: 'Guidance' },
    { title: 'Older', url: 'https://example.org/m/guidance/o/', summary: 'Older page', updated: new Date('2022-05-23T00:00:00Z') },
  ],
};

describe('atomFeed', () => {
  const xml = atomFeed(feed);
  it('escapes text so the XML stays well formed', () => {
    expect(xml).toContain('<title>What&apos;s new - Ops &lt;manual&gt;</title>');
    expect(xml).toContain('<title>Incidents &amp; outages</title>');
    expect(xml).toContain('<summary>Use &quot;P1&quot; &lt; P2</summary>');
    expect(xml).toContain('<author><name>Example &amp; Co</name></author>');
  });
  it('has one entry per page, in the order given', () => {
    expect([...xml.matchAll(/<entry>\n {4}<title>([^<]*)</g)].map((m) => m[1])).toEqual(['Incidents &amp; outages', 'Older']);
  });
  it('dates the feed by its newest entry, not the build time', () => {
    expect(xml).toContain('<updated>2025-11-03T00:00:00Z</updated>\n  <author>');
    expect(atomFeed(feed)).toBe(xml);
  });
  it('gives each review of a page its own id', () => {
    expect(xml).toContain('<id>https://example.org/m/guidance/i/#reviewed-2025-11-03</id>');
  });
});

describe('atomId', () => {
  it('keeps absolute addresses and puts site paths under a urn', () => {
    expect(atomId('https://example.org/a/')).toBe('https://example.org/a/');
    expect(atomId('/m/a/', new Date('2024-02-29T00:00:00Z'))).toBe('urn:ops-manual:/m/a/#reviewed-2024-02-29');
  });
});
