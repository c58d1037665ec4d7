import { describe, expect, it } from 'vitest';
import { checkUniqueClaims, claimsOf } from '../../../src/lib/url-claims.ts';

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
});
