/** The link check over a built site: every internal link and #anchor must resolve, read from each page or taken as already read. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBuiltLinks, type BuiltSite } from '../../../src/check/built-links.ts';
import { linkTargets } from '../../../src/lib/links/html-links.ts';
import { writeFiles } from '../../support/files.ts';

let outDir: string;
let site: BuiltSite;
const pages: Record<string, string> = {
  'index.html': '<main><h1 id="top">Home</h1><a href="/guidance/">Guidance</a> <a href="/guidance/#steps">Steps</a></main>',
  'guidance/index.html': '<main><h1 id="steps">Guidance</h1><a href="/">Home</a> <a href="/missing/">Missing</a></main>',
};
beforeAll(() => {
  outDir = mkdtempSync(path.join(tmpdir(), 'built-links-'));
  writeFiles(outDir, pages);
  site = { outDir, base: '/', sourceOf: () => undefined, displayName: (file) => `dist/${file}` };
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('checkBuiltLinks', () => {
  it('reads each page and reports a link to no page', async () => {
    const findings = await checkBuiltLinks(site);
    expect(findings.map((finding) => finding.file)).toEqual(['dist/guidance/index.html']);
    expect(findings[0]!.message).toContain('/missing/');
  });

  it("gives the same findings with every page's links already read, as the output gate reads them while pages render", async () => {
    const read = new Map(Object.entries(pages).map(([file, html]) => [file, linkTargets(html)]));
    expect(await checkBuiltLinks({ ...site, linksOf: (file) => read.get(file) })).toEqual(await checkBuiltLinks(site));
  });

  it('takes the links it is given for a page instead of reading it, and reads the others', async () => {
    const given = linkTargets('<main><h1 id="top">Home</h1><a href="/guidance/#nowhere">Nowhere</a></main>');
    const findings = await checkBuiltLinks({ ...site, linksOf: (file) => (file === 'index.html' ? given : undefined) });
    expect(findings.map((finding) => finding.file)).toEqual(['dist/guidance/index.html', 'dist/index.html']);
    expect(findings[1]!.message).toContain('#nowhere');
  });
});
