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

describe('files in public/ (issue 23)', () => {
  const CONTENT = 'tests/fixtures/unsafe-public/content';
  const PUBLIC = 'tests/fixtures/unsafe-public/public';
  const EXPECTED_PUBLIC = [
    `${PUBLIC}/files/costs.pdf:1: is a .pdf file: public/ holds images (.png, .jpg, .jpeg, .gif, .webp, .avif, .svg), .csv data and the host's _headers file`,
    `${PUBLIC}/images/map.svg:3: the SVG has a <script>: an image must not run script or embed other content; remove it`,
    `${PUBLIC}/tracker.js:1: is a .js file: public/ holds images`,
  ];

  it('npm run check holds every file in public/ to the same rules: allowed kinds only, and SVGs without script', () => {
    const result = runScript('check', CONTENT, [], { OPS_MANUAL_PUBLIC: PUBLIC });
    expect(result.status).toBe(1);
    for (const line of EXPECTED_PUBLIC) expect(result.output).toContain(line);
    expect(result.output).toContain('3 problems in 3 content files:');
  });

  it('the build stops with the same report, before anything is published', () => {
    const result = buildSite({ name: 'unsafe-public', content: CONTENT, env: { OPS_MANUAL_PUBLIC: PUBLIC } });
    expect(result.status).toBe(1);
    expect(result.output).toContain('Files under public/ cannot be published, so the site was not built.');
    for (const line of EXPECTED_PUBLIC) expect(result.output).toContain(line);
    expect(result.output).not.toMatch(/\n\s+at /);
  });
});
