/**
 * The sanitiser through Sätteri, as the build runs it (first in hastPlugins,
 * for Markdown and MDX): each published attack from issue 11 ends inert,
 * and what the site legitimately renders survives.
 */
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { baseLinks } from '../../../../../src/lib/markdown/base-links.ts';
import { externalLinks } from '../../../../../src/lib/markdown/external-links.ts';
import { sanitiseContent } from '../../../../../src/lib/safety/sanitise/plugin.ts';
import { stringLiteral } from '../../../../../src/lib/safety/sanitise/tree.ts';

const plugins = () => [sanitiseContent(), baseLinks('/ops-manual/'), externalLinks('https://ops.example.org')];

async function md(source: string): Promise<string> {
  return (await markdownToHtml(source, { hastPlugins: plugins(), features: { gfm: true } })).html;
}
async function mdx(source: string): Promise<string> {
  return (await mdxToJs(source, { hastPlugins: plugins(), features: { gfm: true } })).code;
}

describe('the published attacks end inert (Markdown)', () => {
  it('drops a javascript: link written with an entity, keeping its text', async () => {
    expect(await md('[report](javascript&#58;alert(1))')).toBe('<p><a>report</a></p>\n');
  });
  it('keeps what a dropped link wraps, formatting included', async () => {
    expect(await md('[**see** the `log`](javascript:alert(1))')).toBe('<p><a><strong>see</strong> the <code>log</code></a></p>\n');
  });
  it('drops script URLs in autolinks and link reference definitions', async () => {
    expect(await md('<javascript:alert(1)> [ref][1]\n\n[1]: javascript:alert(2)')).toBe('<p><a>javascript:alert(1)</a> <a>ref</a></p>\n');
  });
  it('drops vbscript:, data: and mixed-case script schemes', async () => {
    const html = await md('[a](vbscript:x) [b](data:text/html,x) [c](JaVaScRiPt:x) <a href=" javascript:x">d</a>');
    expect(html).not.toMatch(/href/);
  });
  it('drops an event handler on the next line of a raw <img>', async () => {
    expect(await md('<img src="x.png"\nonerror="alert(1)">')).toBe('<p><img src="x.png"></p>\n');
  });
  it('drops inline event handlers on inline raw HTML', async () => {
    expect(await md('Text <b onclick="x()">bold</b>')).toBe('<p>Text <b>bold</b></p>\n');
  });
  it('removes a meta refresh, a <base>, a <style> with its rules and an external stylesheet', async () => {
    const html = await md(
      '<meta http-equiv="refresh" content="0;url=https://evil.example/">\n\n<base href="https://evil.example/">\n\n<style>body{display:none}</style>\n\n<link rel="stylesheet" href="https://evil.example/x.css">\n\nStill here',
    );
    expect(html).not.toMatch(/meta|base|style|display|link|evil/);
    expect(html).toMatch(/<p>Still here<\/p>/);
  });
  it('unwraps a <form> that posts elsewhere, keeping no inputs', async () => {
    const html = await md('<form action="https://evil.example/"><input name="q"><button>Send</button></form>');
    expect(html).not.toMatch(/form|input|button|evil/);
    expect(html).toMatch(/Send/);
  });
  it('drops a tracking image source on another origin, keeping its alt text', async () => {
    expect(await md('<img src="https://tracker.example/p.gif" alt="t">\n\n![u](//tracker.example/q.gif)')).toMatch(/^<img alt="t">\n<p><img alt="u"><\/p>\n$/);
  });
  it('removes script, iframe, object, embed, svg and comments with their content', async () => {
    const html = await md('<script>alert(1)</script>\n\n<iframe src="https://evil.example/"></iframe>\n\n<object data="x"></object><embed src="x">\n\n<svg><script>alert(1)</script></svg>\n\n<!-- hidden -->\n\nOK');
    expect(html).not.toMatch(/script|alert|iframe|object|embed|svg|hidden|evil/);
    expect(html).toMatch(/<p>OK<\/p>/);
  });
  it('drops inline style attributes, which the CSP blocks anyway', async () => {
    expect(await md('<p style="color:red">x</p>')).toBe('<p>x</p>\n');
  });
});

describe('the published attacks end inert (MDX)', () => {
  it('drops a spread of event handlers on a raw element', async () => {
    const code = await mdx('<img src="x.png" {...{onerror: "alert(1)"}} />');
    expect(code).toMatch(/_jsx\(_components\.img, \{ src: "x\.png" \}\)/);
    expect(code).not.toMatch(/onerror|alert/);
  });
  it('drops an attribute expression that builds a script URL, and a literal one', async () => {
    const code = await mdx('<a href={"java"+"script:x"}>x</a> <a href="javascript:y">y</a>');
    expect(code).not.toMatch(/script|href/);
  });
  it('drops set:html and event handlers on components, and unwraps components not on the list', async () => {
    const code = await mdx('<WarningText set:html="<script>" onclick="x">Careful</WarningText>\n\n<Fragment set:html="<script>alert(1)</script>" />\n\n<Unknown>kept text</Unknown>');
    expect(code).toMatch(/_jsx\(WarningText, \{ children: "Careful" \}\)/);
    expect(code).not.toMatch(/set:html|onclick|script|Unknown/);
    expect(code).toMatch(/"kept text"/);
  });
  it('sanitises what a listed component wraps', async () => {
    const code = await mdx('<InsetText><a href="javascript:x" onclick="y">go</a></InsetText>');
    expect(code).toMatch(/_jsx\(InsetText, \{ children: _jsx\(_components\.a, \{ children: "go" \}\) \}\)/);
  });
  it('removes ESM and expressions, keeping a string literal as text', async () => {
    const code = await mdx("export const who = 1\n\n{process.exit(0)} {'{application_id}'}");
    expect(code).not.toMatch(/who|process/);
    expect(code).toMatch(/"\{application_id\}"/);
  });
});

describe('what the site renders survives', () => {
  it('keeps links with https, mailto, site paths and #anchors, base path and rel added after', async () => {
    expect(await md('[a](https://x.example/) [b](mailto:a@b.example) [c](/guidance/) [d](#top) [e](../up/)')).toBe(
      '<p><a href="https://x.example/" rel="noopener noreferrer">a</a> <a href="mailto:a@b.example">b</a> <a href="/ops-manual/guidance/">c</a> <a href="#top">d</a> <a href="../up/">e</a></p>\n',
    );
  });
  it('keeps GOV.UK classes, ids and ARIA on raw HTML', async () => {
    expect(await md('<div class="govuk-inset-text" id="note" aria-label="Note">Note</div>')).toBe(
      '<div class="govuk-inset-text" id="note" aria-label="Note">Note</div>\n',
    );
  });
  it('keeps task lists, footnotes, code blocks and site images', async () => {
    const html = await md('- [x] done\n- [ ] todo\n\nA[^n]\n\n[^n]: Note.\n\n```sh\necho "<b>"\n```\n\n![map](./map.png)');
    expect(html).toMatch(/<li class="task-list-item"><input type="checkbox" checked disabled> done<\/li>/);
    expect(html).toMatch(/<li class="task-list-item"><input type="checkbox" disabled> todo<\/li>/);
    expect(html).toMatch(/<sup><a href="#user-content-fn-n" id="user-content-fnref-n" data-footnote-ref(="")? aria-describedby="footnote-label">1<\/a><\/sup>/);
    expect(html).toMatch(/<section data-footnotes(="")? class="footnotes"><h2 class="sr-only" id="footnote-label">/);
    expect(html).toMatch(/<pre><code class="language-sh">echo "&lt;b&gt;"\n<\/code><\/pre>/);
    expect(html).toMatch(/<img src="\.\/map\.png" alt="map">/);
  });
  it('turns table alignment into align attributes the CSS styles (the CSP blocks style attributes)', async () => {
    const html = await md('| a | b | c |\n|:-|:-:|-:|\n| 1 | 2 | 3 |');
    expect(html).toMatch(/<th align="left">a<\/th>\n<th align="center">b<\/th>\n<th align="right">c<\/th>/);
    expect(html).not.toMatch(/style/);
  });
  it('keeps the listed components with literal props in MDX', async () => {
    const code = (await mdx('<WarningText>Do *not* restart</WarningText>')).replace(/\s+/g, ' ');
    expect(code).toMatch(/_jsxs\(WarningText, \{ children: \[ "Do ", _jsx\(_components\.em, \{ children: "not" \}\), " restart" \] \}\)/);
  });
});

describe('stringLiteral', () => {
  it('reads a lone string literal and nothing else', () => {
    expect(stringLiteral(" '{id}' ")).toBe('{id}');
    expect(stringLiteral('"a \\"b\\""')).toBe('a "b"');
    expect(stringLiteral("'it\\'s'")).toBe("it's");
    expect(stringLiteral('"a" + "b"')).toBeUndefined();
    expect(stringLiteral('x')).toBeUndefined();
  });
});
