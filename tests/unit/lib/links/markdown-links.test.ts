import { describe, expect, it } from 'vitest';
import { MAX_NESTING, parseMarkdownLinks } from '../../../../src/lib/links/markdown-links.ts';

describe('parseMarkdownLinks', () => {
  it('finds Markdown links, definitions and autolinks with their lines', () => {
    const { links } = parseMarkdownLinks('---\ntitle: x\n---\n\nSee [a](/a/#x).\n\n[ref]: /ref/\n\n<https://example.com/>\n', false);
    expect(links).toEqual([
      { url: '/a/#x', line: 5, syntax: 'markdown' },
      { url: '/ref/', line: 7, syntax: 'markdown' },
      { url: 'https://example.com/', line: 9, syntax: 'markdown' },
    ]);
  });

  it('finds links in raw HTML and MDX, telling components from plain tags', () => {
    const source = '---\ntitle: x\n---\n\n<Card href="/card/" title="t" />\n\n<a href="/raw/">raw</a>\n';
    expect(parseMarkdownLinks(source, true).links).toEqual([
      { url: '/card/', line: 5, syntax: 'component' },
      { url: '/raw/', line: 7, syntax: 'html' },
    ]);
    expect(parseMarkdownLinks('Text\n\n<p>\n<a href="/deep/">x</a>\n</p>\n', false).links).toEqual([{ url: '/deep/', line: 4, syntax: 'html' }]);
  });

  it('slugs headings as the renderer does, after smart punctuation, with repeats numbered', () => {
    const { anchors } = parseMarkdownLinks('## Use `kubectl` -- don\'t panic\n\n## Same\n\n## Same\n\n<div id="explicit"></div>\n', false);
    expect([...anchors.ids]).toEqual(['use-kubectl--dont-panic', 'same', 'same-1', 'explicit']);
    expect(anchors.complete).toBe(true);
  });

  it('knows when components or expressions may add ids it cannot see', () => {
    expect(parseMarkdownLinks('## Hi\n\n<Tabs />\n', true).anchors.complete).toBe(false);
    expect(parseMarkdownLinks('## Hi\n\n{props.x}\n', true).anchors.complete).toBe(false);
    expect(parseMarkdownLinks('## Hi\n\n<div id="a">x</div>\n', true).anchors.complete).toBe(true);
  });

  it('reports MDX it cannot parse, with the line', () => {
    const { error } = parseMarkdownLinks('---\ntitle: x\n---\n\n<Card href="/x/"\n', true);
    expect(error?.line).toBe(5);
    expect(error?.message).toMatch(/^is not valid MDX: /);
  });

  it('reads deep nesting without recursion, in document order, and reports nesting past the limit at its line', () => {
    const { links, anchors, error } = parseMarkdownLinks(`## First\n\n${'>'.repeat(60)} [deep](/deep/)\n\n## Last [after](/after/)\n`, false);
    expect(links.map((link) => link.url)).toEqual(['/deep/', '/after/']);
    expect([...anchors.ids]).toEqual(['first', 'last-after']);
    expect(error).toBeUndefined();
    for (const isMdx of [false, true]) {
      const deep = parseMarkdownLinks(`Text\n\n${'>'.repeat(6000)} deep\n`, isMdx);
      expect(deep.error).toEqual({ line: 3, message: `nests quotes, lists or elements more than ${MAX_NESTING} levels deep, which the site cannot render: flatten it` });
    }
  });

  it('says what to write when a brace or < in run book text breaks MDX', () => {
    const { error } = parseMarkdownLinks('---\ntitle: x\n---\n\nReplace {application_id with the id, if a < b.\n', true);
    expect(error?.line).toBe(5);
    expect(error?.message).toMatch(/^is not valid MDX: .*In MDX, `\{` and `<` start code and tags: write `\\\{` or `\\<`, put the text in a code span, or make this a plain Markdown \(\.md\) file/);
  });
});

describe('sources the MDX parser would take seconds on', () => {
  it('reports braces nested deeper than any page needs, with the line, without parsing', () => {
    const { error } = parseMarkdownLinks(`---\ntitle: x\n---\n\nText.\n${'{'.repeat(20_000)}\n`, true);
    expect(error).toEqual({ line: 6, message: expect.stringMatching(/^is not valid MDX: braces `\{` nest more than 64 deep/) });
  });
  it('leaves braces alone in plain Markdown', () => {
    expect(parseMarkdownLinks(`Text ${'{'.repeat(200)}\n`, false).error).toBeUndefined();
  });
});
