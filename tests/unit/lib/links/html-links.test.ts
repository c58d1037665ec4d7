import { describe, expect, it } from 'vitest';
import { linkTargets, readHtmlLinks } from '../../../../src/lib/links/html-links.ts';

describe('readHtmlLinks', () => {
  it('reads links, assets, refresh targets and ids, decoding entities', () => {
    const html = `<head><link rel="stylesheet" href="/_astro/a.css"><meta http-equiv="refresh" content="0; url=/ops/new/"><script type="module" src="/_astro/b.js"></script></head>
      <body><h2 id="a-b">A</h2><a href="/x/?a=1&amp;b=2#a-b">x</a><a name="legacy"></a><img src="/i.png" alt=""><p>&lt;a href="/not-a-link/"&gt;</p></body>`;
    const { links, ids } = readHtmlLinks(html);
    expect(links).toEqual([
      { tag: 'link', url: '/_astro/a.css' },
      { tag: 'meta', url: '/ops/new/' },
      { tag: 'script', url: '/_astro/b.js' },
      { tag: 'a', url: '/x/?a=1&b=2#a-b' },
      { tag: 'img', url: '/i.png' },
    ]);
    expect([...ids]).toEqual(['a-b', 'legacy']);
  });
});

describe('linkTargets', () => {
  it('gives each address a page links to once, in the order they first appear, and its ids', () => {
    const html = '<h2 id="a">A</h2><a href="/x/">x</a><a href="/y/">y</a><a href="/x/">x again</a><img src="/y/" alt=""><span id="b"></span>';
    expect(linkTargets(html)).toEqual({ urls: ['/x/', '/y/'], ids: ['a', 'b'] });
  });
});
