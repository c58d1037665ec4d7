import { describe, expect, it } from 'vitest';
import { addressOfBuiltFile, builtFilesFor, incompleteBuild } from '../../../../src/lib/build/completeness.ts';

describe('builtFilesFor', () => {
  it('maps pages, the home page, 404 and endpoints to the files the build writes', () => {
    expect(builtFilesFor('/')).toEqual(['index.html']);
    expect(builtFilesFor('/guidance/x/')).toEqual(['guidance/x/index.html', 'guidance/x.html']);
    expect(builtFilesFor('/404/')).toContain('404.html');
    expect(builtFilesFor('/services.json')).toEqual(['services.json']);
  });
});

describe('addressOfBuiltFile', () => {
  it('gives the site address of a built page, the inverse of builtFilesFor', () => {
    expect(addressOfBuiltFile('index.html')).toBe('/');
    expect(addressOfBuiltFile('guidance/x/index.html')).toBe('/guidance/x/');
    expect(addressOfBuiltFile('404.html')).toBe('/404.html');
    for (const address of ['/', '/guidance/x/', '/services.json']) expect(addressOfBuiltFile(builtFilesFor(address)[0]!)).toBe(address);
  });
});

describe('incompleteBuild', () => {
  it('lists at most ten missing pages', () => {
    const expected = Array.from({ length: 12 }, (_, index) => `/p${index}/`);
    const [problem] = incompleteBuild({ expected, exists: (file) => file === 'pagefind/pagefind.js', linksChecked: true, searchIndex: 'pagefind/pagefind.js' });
    expect(problem).toMatch(/^12 of 12 expected pages were not written: \/p0\/, .*\/p9\/, …$/);
  });
});
