import { describe, expect, it } from 'vitest';
import { convertBody, firstSentence, type BodyContext } from '../../../../src/importers/tech-docs/body.ts';

const pages: Record<string, string> = { '/a/other.html': '/guidance/a/other/', '/a/': '/guidance/a/' };
const context: BodyContext = {
  oldUrl: '/a/page.html',
  newPathFor: (oldPath) => pages[oldPath],
  readPartial: (name) => (name === 'a/note' ? { file: 'source/a/_note.md', text: 'Inlined note with [a link](other.html).\n<%= partial "a/deeper" %>\n' } : undefined),
};

describe('convertBody', () => {
  it('drops the ERB title heading and the page-contents partial', () => {
    const result = convertBody('\n# <%= current_page.data.title %>\n\n<%= partial "partials/page-contents" %>\n\nText.\n', 5, context);
    expect(result.markdown).toBe('Text.\n');
    expect(result.heading).toBeUndefined();
    expect(result.problems).toEqual([]);
  });
  it('takes a plain first heading as the heading, and demotes later H1s with a report', () => {
    const result = convertBody('# Title\n\nText.\n\n# Another\n', 10, context);
    expect(result.heading).toBe('Title');
    expect(result.markdown).toBe('Text.\n\n## Another\n');
    expect(result.problems).toEqual([{ line: 14, file: undefined, message: 'has a second first-level heading `Another`: it became a second-level heading, as a page has one H1' }]);
  });
  it('inlines partials, resolving their links from the page, and reports problems inside them by their own file and line', () => {
    const result = convertBody('<%= partial "a/note" %>\n', 1, context);
    expect(result.markdown).toBe('Inlined note with [a link](/guidance/a/other/).\n**TODO (import): paste the text of the partial here: `partial "a/deeper"`**\n');
    expect(result.problems).toEqual([{ line: 2, file: 'source/a/_note.md', message: 'includes the partial `a/deeper`, which was not found: paste its text in place of the line' }]);
  });
  it('rewrites inline, reference and HTML links, and leaves code alone', () => {
    const body = ['[x](other.html#top "T") `[y](other.html)`', '[ref]: ./', '<a href="other.html">Other</a>', '```', '[z](other.html) <%= x %>', '```'].join('\n');
    const result = convertBody(body, 1, context);
    expect(result.markdown).toBe(['[x](/guidance/a/other/#top "T") `[y](other.html)`', '[ref]: /guidance/a/', '[Other](/guidance/a/other/)', '```', '[z](other.html) <%= x %>', '```', ''].join('\n'));
    expect(result.problems).toEqual([]);
  });
  it('turns links it cannot follow and ERB it cannot convert into visible TODOs, and reports each', () => {
    const result = convertBody('[gone](gone.html) ![pic](img/p.png)\nBuilt <%= Time.now %>.\n', 3, context);
    expect(result.markdown).toBe(
      'gone (**TODO (import): the old site linked to `gone.html`, which is not a page here**) pic (**TODO (import): the old site linked to the file `img/p.png`, which was not found**)\nBuilt **TODO (import): the old site computed this with ERB: `Time.now`**.\n',
    );
    expect(result.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '3: links to `gone.html`, which is not a page in the imported site: the link became text with a TODO in the page; point it at the right page',
      "3: links to the file `img/p.png`, which is not in the site's source/ folder: the link became text with a TODO in the page; add the file to public/ and link it",
      '4: has ERB `<%= Time.now %>` that cannot be converted: it became a TODO in the page; replace it with plain Markdown',
    ]);
  });
  it('resolves ERB the context knows, and removes ERB comments', () => {
    const resolveErb = (expression: string) => (expression === 'data.site.url' ? 'https://x.example.org/' : undefined);
    const result = convertBody('[tools](<%= data.site.url %>) <%# note %>`<%= data.site.url %>`\n', 1, { ...context, resolveErb });
    expect(result.markdown).toBe('[tools](https://x.example.org/) `<%= data.site.url %>`\n');
    expect(result.problems.map((p) => p.message)).toEqual(['has an ERB comment `<%# note %>`: it was removed (readers never saw it)']);
  });
});

describe('firstSentence', () => {
  it('is the first sentence of the first paragraph, as plain text', () => {
    expect(firstSentence('## Heading\n\nRead the [guide](/g/) *first*. Then more.\n')).toBe('Read the guide first.');
    expect(firstSentence('- a list\n\n```\ncode\n```\n')).toBeUndefined();
  });
  it('shortens a long sentence at a word boundary', () => {
    const result = firstSentence(`${'word '.repeat(60)}end.`, 50)!;
    expect(result.length).toBeLessThanOrEqual(50);
    expect(result).toMatch(/word…$/);
  });
});
