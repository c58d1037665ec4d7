import { describe, expect, it } from 'vitest';
import { classifyLink, problemWithLink, type SiteMap } from '../../../../src/lib/links/site-links.ts';

describe('classifyLink', () => {
  it('resolves root-relative, relative and same-page links to site paths', () => {
    expect(classifyLink('/guidance/a/#x', '/guidance/b/', '/')).toEqual({ kind: 'internal', path: '/guidance/a/', fragment: 'x' });
    expect(classifyLink('../a/', '/guidance/b/', '/')).toEqual({ kind: 'internal', path: '/guidance/a/', fragment: '' });
    expect(classifyLink('#x', '/guidance/b/', '/')).toEqual({ kind: 'internal', path: '/guidance/b/', fragment: 'x' });
    expect(classifyLink('/search/?q=incident', '/', '/')).toEqual({ kind: 'internal', path: '/search/', fragment: '' });
  });

  it('under a sub-path, strips the base and catches links that skip it', () => {
    expect(classifyLink('/ops/guidance/a/', '/x/', '/ops/')).toEqual({ kind: 'internal', path: '/guidance/a/', fragment: '' });
    expect(classifyLink('../a/', '/guidance/b/', '/ops/')).toEqual({ kind: 'internal', path: '/guidance/a/', fragment: '' });
    expect(classifyLink('/ops', '/x/', '/ops/')).toEqual({ kind: 'internal', path: '/', fragment: '' });
    expect(classifyLink('/guidance/a/', '/x/', '/ops/')).toEqual({ kind: 'outside-base', path: '/guidance/a/' });
  });

  it('treats other hosts, mail and phone links as external, but the site\'s own address as internal', () => {
    expect(classifyLink('https://example.com/a/', '/', '/')).toEqual({ kind: 'external' });
    expect(classifyLink('mailto:team@example.com', '/', '/')).toEqual({ kind: 'external' });
    expect(classifyLink('//cdn.example.com/x.js', '/', '/')).toEqual({ kind: 'external' });
    expect(classifyLink('https://docs.example.org/ops/guidance/a/#b', '/', '/ops/', 'https://docs.example.org')).toEqual({ kind: 'internal', path: '/guidance/a/', fragment: 'b' });
  });

  it('decodes escaped characters', () => {
    expect(classifyLink('/a%20b/#caf%C3%A9', '/', '/')).toEqual({ kind: 'internal', path: '/a b/', fragment: 'café' });
  });
});

describe('problemWithLink', () => {
  const site: SiteMap = {
    pages: new Map([
      ['/guidance/incident-management/', { ids: new Set(['after-the-incident', 'roles']) }],
      ['/guidance/old/', { movedTo: '/guidance/incident-management/' }],
      ['/guidance/draft/', { unpublished: 'content/guidance/draft.md is a draft' }],
      ['/services/', {}],
    ]),
    unknown: [/^\/services\/[^/]+\/runbooks\/[^/]+\/$/],
  };
  const problem = (path: string, fragment = '') => problemWithLink(path, fragment, site, `${path}${fragment ? `#${fragment}` : ''}`);

  it('accepts pages, known ids, pages whose ids are unknown and routes it cannot list', () => {
    expect(problem('/guidance/incident-management/', 'roles')).toBeUndefined();
    expect(problem('/services/', 'anything')).toBeUndefined();
    expect(problem('/services/x/runbooks/y/')).toBeUndefined();
  });
  it('names a missing page and suggests the nearest', () => {
    expect(problem('/guidance/incident-managment/')).toBe('links to /guidance/incident-managment/, which is not a page on this site. Did you mean /guidance/incident-management/?');
    expect(problem('/guidance/incident-management')).toBe('links to /guidance/incident-management without its trailing slash: write /guidance/incident-management/');
  });
  it('names a missing anchor, suggests the nearest and lists the headings', () => {
    expect(problem('/guidance/incident-management/', 'after-the-incidnt')).toBe(
      'links to /guidance/incident-management/#after-the-incidnt, but that page has no heading or element with the id `after-the-incidnt`. Did you mean `#after-the-incident`? Its headings: #after-the-incident, #roles',
    );
  });
  it('sends links to old addresses and drafts to the right place', () => {
    expect(problem('/guidance/old/', 'roles')).toBe('links to /guidance/old/#roles, an old address that redirects to /guidance/incident-management/: link to /guidance/incident-management/#roles instead');
    expect(problem('/guidance/draft/')).toBe('links to /guidance/draft/, which is not published: content/guidance/draft.md is a draft');
  });
});
