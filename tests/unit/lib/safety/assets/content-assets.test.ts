/** Files beside pages: an allowlist of types, and SVGs without script, handlers, external references or foreignObject. */
import { describe, expect, it } from 'vitest';
import { assetTypeProblem, svgProblems } from '../../../../../src/lib/safety/assets/content-assets.ts';

const svg = (inner: string, attrs = '') => `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${attrs}>\n${inner}\n</svg>\n`;
const messages = (text: string) => svgProblems(text).map((p) => `${p.line}: ${p.message}`);

describe('assetTypeProblem', () => {
  it('allows pages, data and images', () => {
    for (const file of ['a.md', 'b.mdx', 'c.yaml', 'd.yml', 'e.png', 'f.JPG', 'g.jpeg', 'h.gif', 'i.webp', 'j.avif', 'k.svg']) expect(assetTypeProblem(file)).toBeUndefined();
  });
  it('rejects anything else, naming what is allowed', () => {
    for (const file of ['a.html', 'b.js', 'c.pdf', 'd.svgz', 'e.exe', 'Makefile']) expect(assetTypeProblem(file)).toMatch(/content\/ holds pages/);
  });
});

describe('svgProblems', () => {
  it('passes a plain drawing with internal references and a title', () => {
    const text = svg('<title>Map</title><defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="1" height="1"/><use href="#g"/><a href="https://example.org/"><text>x</text></a><style>rect { fill: url(#g) }</style>');
    expect(messages(text)).toEqual([]);
  });
  it('fails a script, naming the line', () => {
    expect(messages(svg('<rect/>\n<script>alert(1)</script>'))).toEqual(['4: has a <script>: an image must not run script or embed other content; remove it']);
  });
  it('fails event handlers, foreignObject, external references and loading styles', () => {
    const text = svg(
      '<rect onclick="x"/>\n<foreignObject><div>x</div></foreignObject>\n<image href="https://tracker.example/p.png"/>\n<use xlink:href="other.svg#a"/>\n<style>@import url(https://evil.example/x.css)</style>\n<rect style="fill:url(https://e.example/a)"/>\n<a href="javascript:alert(1)"><text>x</text></a>',
      ' onload="alert(1)"',
    );
    expect(messages(text)).toEqual([
      '2: has an event handler `onload` on <svg>: remove it',
      '3: has an event handler `onclick` on <rect>: remove it',
      '4: has a <foreignObject>: an image must not run script or embed other content; remove it',
      '5: has `href="https://tracker.example/p.png"` on <image>: an image may refer only to #ids in the same file',
      '6: has `xlink:href="other.svg#a"` on <use>: an image may refer only to #ids in the same file',
      '7: has a <style> that loads something (@import or url()): put the styles in the SVG itself',
      '8: has a style on <rect> that loads something (url()): remove it',
      '9: has `href="javascript:alert(1)"` on <a>: an image may refer only to #ids in the same file, or link to an https:// address',
    ]);
  });
  it('fails entity declarations and files that are not SVG', () => {
    expect(messages('<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY a "b">]>\n<svg xmlns="http://www.w3.org/2000/svg"/>')).toEqual(['2: declares an XML entity: remove the <!DOCTYPE> entity declarations']);
    expect(messages('<html><body>x</body></html>')).toEqual(['1: is not an SVG image (no <svg> element)']);
  });
});
