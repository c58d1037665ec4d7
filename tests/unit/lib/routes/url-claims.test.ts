import { describe, expect, it } from 'vitest';
import { checkUniqueClaims, claimsOf } from '../../../../src/lib/routes/url-claims.ts';

const entry = (file: string, oldPaths?: string[]) => ({ collection: 'guidance', id: file, file, data: oldPaths ? { oldPaths } : {}, lineOf: () => 9 });

describe('checkUniqueClaims', () => {
  it('passes when every address is claimed once', () => {
    expect(checkUniqueClaims([...claimsOf(entry('a.md', ['/old-a/']), '/a/'), ...claimsOf(entry('b.md'), '/b/')])).toEqual([]);
  });
  it('reports two pages at one address on the later file', () => {
    expect(checkUniqueClaims([...claimsOf(entry('a.md'), '/x/'), ...claimsOf(entry('b.md'), '/x/')])).toEqual([
      { file: 'b.md', line: 1, field: undefined, message: 'publishes to /x/, which a.md also publishes to: rename or move one of them' },
    ]);
  });
  it('reports an old path that is a live page, another page\'s old path, or the page itself', () => {
    const findings = checkUniqueClaims([
      ...claimsOf(entry('a.md', ['/b/', '/a/']), '/a/'),
      ...claimsOf(entry('b.md', ['/old/']), '/b/'),
      ...claimsOf(entry('c.md', ['/old/']), '/c/'),
    ]);
    expect(findings.map((f) => `${f.file} ${f.field}: ${f.message}`)).toEqual([
      'a.md oldPaths[0]: redirects /b/ here, but b.md publishes a page there: remove it from `oldPaths`',
      "a.md oldPaths[1]: is this page's own address (/a/): remove it from `oldPaths`",
      'c.md oldPaths[0]: redirects /old/ here, but b.md already redirects it: keep it on one page only',
    ]);
  });

  it('reports an old path on an address the site generates: with or without its slash, under a file or a generated folder, or on a route pattern', () => {
    const generated = [
      { file: 'src/routes/services.json.ts', line: 1, url: '/services.json', kind: 'page' as const },
      { file: 'public/favicon.svg', line: 1, url: '/favicon.svg', kind: 'page' as const },
      { file: 'src/integrations/search-index.ts', line: 1, url: '/pagefind/', kind: 'page' as const, tree: true },
    ];
    const routes = [{ pattern: /^\/checklists\/[^/]+\/$/, file: 'src/routes/checklists/[id].astro' }];
    const findings = checkUniqueClaims([...generated, ...claimsOf(entry('a.md', ['/services.json/', '/favicon.svg/x/', '/pagefind/ui/', '/checklists/x/', '/old/']), '/a/')], routes);
    expect(findings.map((f) => `${f.field}: ${f.message}`)).toEqual([
      'oldPaths[0]: redirects /services.json/ here, but src/routes/services.json.ts publishes /services.json there: remove it from `oldPaths`',
      'oldPaths[1]: redirects /favicon.svg/x/ here, but public/favicon.svg publishes the file /favicon.svg, so no page can be under it: remove it from `oldPaths`',
      'oldPaths[2]: redirects /pagefind/ui/ here, but src/integrations/search-index.ts writes everything under /pagefind/: remove it from `oldPaths`',
      'oldPaths[3]: redirects /checklists/x/ here, but src/routes/checklists/[id].astro publishes pages at such addresses: remove it from `oldPaths`',
    ]);
  });
});
