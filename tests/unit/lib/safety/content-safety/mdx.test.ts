/**
 * Content never runs code at build time: MDX's ESM, expressions, attribute
 * expressions, spreads and set:html are rejected with the line and what to
 * write instead; the site's own components with plain props are allowed.
 */
import { describe, expect, it } from 'vitest';
import { lintContentSafety } from '../../../../../src/lib/safety/lint.ts';

const page = (body: string) => `---\ntitle: T\n---\n\n${body}\n`;
const lint = (body: string, file = 'content/runbooks/x.mdx') =>
  lintContentSafety(file, page(body), false).map((f) => `${f.line}: ${f.severity === 'warning' ? 'warning: ' : ''}${f.message}`);

describe('MDX that would run code at build time', () => {
  it.each([
    ['an import', 'import fs from "node:fs"', /`import` and `export` run code when the site is built/],
    ['an export that runs a command', 'export const who = (await import("node:child_process")).execSync("id").toString()', /`import` and `export` run code/],
    ['an expression', 'The id is {application_id}.', /\{application_id\}` is an MDX expression, which runs as code when the site is built.*\\\{application_id\\\}/],
    ['an expression that stops the build', '{globalThis.process.exit(0)}', /MDX expression/],
    ['a spread of attributes', '<img src="/x.png" alt="x" {...{onerror: "alert(1)"}} />', /spreads an expression into `<img>`/],
    ['an attribute expression', '<a href={"java"+"script:alert(1)"}>x</a>', /sets `href` with an expression/],
    ['set:html', '<div set:html="<img src=x onerror=alert(1)>" />', /`set:html` publishes HTML unchecked/],
    ['an unknown component', '<Danger>x</Danger>', /`<Danger>` is not one of the site's components \(InsetText, WarningText\)/],
    ['a component with an expression prop', '<InsetText title={who}>x</InsetText>', /sets `title` with an expression/],
  ])('rejects %s with its line', (_, body, message) => {
    const findings = lint(body);
    expect(findings).toEqual([expect.stringMatching(/^5: /)]);
    expect(findings[0]).toMatch(message);
  });

  it('reports each problem of one tag', () => {
    expect(lint('<Button onClick={() => steal()}>Go</Button>')).toEqual([
      expect.stringMatching(/^5: `<Button>` is not one of the site's components/),
      expect.stringMatching(/^5: `<Button>` sets `onClick` with an expression/),
    ]);
  });

  it('names the line of an attribute written on a later line', () => {
    expect(lint('<img\n  src="/x.png"\n  alt="x"\n  {...props}\n/>')).toEqual([expect.stringMatching(/^8: .*spreads an expression/)]);
  });

  it('allows the site components with plain props, and code that shows MDX', () => {
    expect(lint('<WarningText>Do not restart the database.</WarningText>\n\n<InsetText>Note this.</InsetText>\n\n`{application_id}` and `export const x`\n\n```mdx\nexport const who = 1\n{who}\n```')).toEqual([]);
  });

  it('allows a comment, which runs nothing', () => {
    expect(lint('{/* a note for authors */}')).toEqual([]);
  });

  it('treats the same text in plain Markdown as text', () => {
    expect(lint('The id is {application_id}.\n\nexport const who = 1', 'content/runbooks/x.md')).toEqual([]);
  });
});

describe('markup the parser sees but a line rule would miss', () => {
  it.each([
    ['an entity-encoded javascript: link', '[report](javascript&#58;alert(1))', /`javascript:` link/],
    ['a javascript: link with a tab in the scheme', '<a href="java&#x09;script:alert(1)">x</a>', /`javascript:` link/],
    ['an event handler on the next line', '<img src="/x.png"\nonerror="alert(1)" />', /^6: has an inline event handler `onerror=`/],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/" />', /`<meta>` tag/],
    ['a base element', '<base href="https://evil.example/" />', /`<base>` tag/],
    ['a form', '<form action="https://evil.example/"><input name="p" /></form>', /`<form>` tag/],
    ['a style element', '<style>@import url(https://evil.example/x.css);</style>', /`<style>` tag/],
    ['an external stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css" />', /`<link>` tag/],
  ])('rejects %s in .md and .mdx (written so both parse)', (_, body, message) => {
    for (const file of ['content/guidance/x.md', 'content/guidance/x.mdx']) {
      const findings = lint(body, file);
      expect(findings.join('\n')).toMatch(message);
      expect(findings[0]).toMatch(/^[56]: /);
    }
  });
});
