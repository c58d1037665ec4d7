import { describe, expect, it } from 'vitest';
import { entryIdFor, isPage, isPartial, isSiteLink, oldAddresses, redirectPathFor, resolveOldLink, slugSegment } from '../../../../src/importers/tech-docs/paths.ts';

describe('tech-docs paths', () => {
  it('knows pages from partials and other files', () => {
    expect(isPage('source/a/b.html.md.erb')).toBe(true);
    expect(isPage('source/b.html.md')).toBe(true);
    expect(isPage('source/a/_partial.html.md')).toBe(false);
    expect(isPage('source/a/page.html.erb')).toBe(false);
    expect(isPage('docs/a.html.md')).toBe(false);
    expect(isPartial('source/partials/_links.erb')).toBe(true);
  });
  it('makes folders sections and puts top-level pages in the home section', () => {
    expect(entryIdFor('source/Documentation/Getting_Started.html.md.erb', 'team')).toBe('documentation/getting-started');
    expect(entryIdFor('source/documentation/index.html.md', 'team')).toBe('documentation/index');
    expect(entryIdFor('source/index.html.md.erb', 'team')).toBe('team/index');
    expect(entryIdFor('source/support.html.md', 'team')).toBe('team/support');
    expect(slugSegment('  API & SDKs v2 ')).toBe('api-sdks-v2');
  });
  it('lists every address that reached a page on the old site', () => {
    expect(oldAddresses('source/a/b.html.md')).toEqual(['/a/b.html', '/a/b']);
    expect(oldAddresses('source/a/index.html.md.erb')).toEqual(['/a/index.html', '/a/index', '/a/', '/a']);
    expect(oldAddresses('source/index.html.md.erb')).toContain('/');
  });
  it('resolves relative links against the page and leaves other links alone', () => {
    expect(resolveOldLink('../b.html#x', '/a/c.html')).toEqual({ path: '/b.html', fragment: '#x' });
    expect(resolveOldLink('d%20e.html', '/a/c.html')).toEqual({ path: '/a/d e.html', fragment: '' });
    expect(['https://x.org', 'mailto:a@b', '//cdn.x/a', '#top', ''].map(isSiteLink)).toEqual([false, false, false, false, false]);
    expect(isSiteLink('/a.html')).toBe(true);
  });
  it('turns old_paths into this site\'s folder-style redirect addresses', () => {
    expect(redirectPathFor('/Some-Page.html')).toBe('/some-page/');
    expect(redirectPathFor('docs/index.html')).toBe('/docs/');
    expect(redirectPathFor('/already/')).toBe('/already/');
  });
});

describe('resolveErb', () => {
  it('reads data.* and current_page.data.* with dots, symbols and strings, and only text', async () => {
    const { resolveErb } = await import('../../../../src/importers/tech-docs/convert.ts');
    const data = { site: { tools: 'https://t.example.org/', links: { status: 'https://s.example.org/' }, list: ['a'] } };
    expect(resolveErb('data.site.tools', data, {})).toBe('https://t.example.org/');
    expect(resolveErb('data.site[:links][:status]', data, {})).toBe('https://s.example.org/');
    expect(resolveErb('data.site["links"]["status"]', data, {})).toBe('https://s.example.org/');
    expect(resolveErb('current_page.data.owner_slack', data, { owner_slack: '#team' })).toBe('#team');
    expect(resolveErb('data.site.list', data, {})).toBeUndefined();
    expect(resolveErb('data.site.missing', data, {})).toBeUndefined();
    expect(resolveErb('data.site.constructor', data, {})).toBeUndefined();
    expect(resolveErb('Time.now', data, {})).toBeUndefined();
  });
});
