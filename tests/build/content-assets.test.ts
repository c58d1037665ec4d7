/**
 * Files beside pages (issue 11): an SVG with a script is not published under
 * the site's origin, and a file type that is not an image is not published at
 * all. `npm run check` and `npm run build` name the same files and lines.
 */
import { describe, expect, it } from 'vitest';
import { runScript } from '../support/check.ts';
import { buildSite } from '../support/site.ts';

const CONTENT = 'tests/fixtures/unsafe-assets/content';
const EXPECTED = [
  `${CONTENT}/guidance/pictures/map.svg:1: the SVG has an event handler \`onload\` on <svg>: remove it`,
  `${CONTENT}/guidance/pictures/map.svg:4: the SVG has a <script>: an image must not run script or embed other content; remove it`,
  `${CONTENT}/guidance/pictures/notes.html:1: is a .html file: content/ holds pages (.md, .mdx), data (.yaml) and images`,
];

describe('files beside pages', () => {
  it('npm run check names the unsafe SVG (line by line) and the file type that is not allowed', () => {
    const result = runScript('check', CONTENT);
    expect(result.status).toBe(1);
    for (const line of EXPECTED) expect(result.output).toContain(line);
  });

  it('the build stops with the same report, before anything is published', () => {
    const result = buildSite({ name: 'unsafe-assets', content: CONTENT });
    expect(result.status).toBe(1);
    expect(result.output).toContain('Files under content/ cannot be published, so the site was not built.');
    for (const line of EXPECTED) expect(result.output).toContain(line);
    expect(result.output).not.toMatch(/\n\s+at /);
  });
});
