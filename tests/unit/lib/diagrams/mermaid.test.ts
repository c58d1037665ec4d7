import { describe, expect, it } from 'vitest';
import { checkDiagrams, mermaidBlocks } from '../../../../src/lib/diagrams/check.ts';
import { cleanSvg, diagramFigure, readDiagram } from '../../../../src/lib/diagrams/mermaid.ts';

const diagram = ['flowchart LR', '  accTitle: Booking', '  accDescr: A school books <training> & gets an email.', '  a[School] --> b[App]', '  b --> c["<script>alert(1)</script>"]'].join('\n');

describe('readDiagram', () => {
  it('takes accTitle and accDescr (one line or a { block }) out of the source', () => {
    expect(readDiagram(diagram)).toMatchObject({ title: 'Booking', description: 'A school books <training> & gets an email.', lines: [0, 3, 4] });
    expect(readDiagram('graph TD\naccDescr {\n  Two\n  lines\n}\na-->b').description).toBe('Two lines');
  });
});

describe('diagramFigure', () => {
  const figure = diagramFigure(diagram, 'diagram-1');
  it('is a figure with an accessible inline SVG and a caption with the same words', () => {
    expect(figure).toMatch(/^<figure class="app-diagram"><div class="app-diagram__picture"><svg [^>]*role="img" aria-labelledby="diagram-1-title diagram-1-desc"/);
    expect(figure).toContain('<title id="diagram-1-title">Booking</title><desc id="diagram-1-desc">A school books &lt;training&gt; &amp; gets an email.</desc>');
    expect(figure).toContain('<figcaption class="app-diagram__caption govuk-body-s"><strong>Booking</strong>. A school books &lt;training&gt; &amp; gets an email.</figcaption>');
  });
  it('passes the CSP: no style attribute, no <style>, no script, no external request', () => {
    expect(figure).not.toMatch(/\sstyle=|<style|<script|\son\w+=|https?:\/\/(?!www\.w3\.org)/);
    expect(figure).not.toContain('\n');
  });
  it('prefixes ids so two diagrams on a page never clash', () => {
    const ids = [...figure.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.every((id) => id.startsWith('diagram-1-'))).toBe(true);
    expect(figure).not.toMatch(/url\(#(?!diagram-1-)/);
    expect(cleanSvg('<svg width="1" height="2" style="x"><marker id="a"/><path marker-end="url(#a)"/></svg>', 'd')).toBe('<svg class="app-diagram__svg"><marker id="d-a"/><path marker-end="url(#d-a)"/></svg>');
  });
  it('is the same every time', () => {
    expect(diagramFigure(diagram, 'diagram-1')).toBe(figure);
  });
});

describe('checkDiagrams', () => {
  const page = (block: string) => ['---', 'title: T', '---', '', 'Text.', '', '```mermaid', block, '```', ''].join('\n');
  it('finds mermaid blocks and their lines, not other code', () => {
    expect(mermaidBlocks(['```sh', 'x', '```', '~~~ mermaid', 'graph TD', '~~~'].join('\n'))).toEqual([{ source: 'graph TD', line: 4 }]);
  });
  it('accepts a good diagram', () => {
    expect(checkDiagrams('p.md', page(diagram))).toEqual([]);
  });
  it('fails a diagram Mermaid cannot read, at its line', () => {
    const findings = checkDiagrams('p.md', page('accTitle: T\naccDescr: D\nnot a diagram'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'p.md', line: 10 });
    expect(findings[0].message).toMatch(/^has a diagram Mermaid cannot read: Invalid mermaid header/);
  });
  it('fails a diagram without a title or description', () => {
    expect(checkDiagrams('p.md', page('graph TD\n  a --> b'))).toEqual([
      { file: 'p.md', line: 7, message: expect.stringMatching(/^has a diagram that needs `accTitle: …` \(a short title\) and `accDescr: …`/) },
    ]);
  });
});
