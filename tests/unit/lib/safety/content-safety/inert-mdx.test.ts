import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { inertMdx } from '../../../../../src/lib/safety/content-safety/inert-mdx.ts';

const compile = (source: string) => mdxToJs(source, { hastPlugins: [inertMdx()] }).code;

describe('MDX compiled by the site runs no content code, even if the check is skipped', () => {
  const code = compile(
    [
      'export const who = (await import("node:child_process")).execSync("id").toString()',
      'import fs from "node:fs"',
      'The build runs as {who}.',
      '{globalThis.process.exit(0)}',
      '{/* a note for authors */}',
      '<img src="/x.png" alt="x" {...{onerror: "alert(1)"}} />',
      '<a href={"java" + "script:alert(1)"} title="t">Report</a>',
      '<div set:html="<img src=x onerror=alert(1)>" />',
    ].join('\n\n'),
  );

  it('drops import and export', () => {
    expect(code).not.toMatch(/child_process|node:fs|execSync|\bwho\s*=/);
  });
  it('shows expressions as the text written, and drops comments', () => {
    expect(code).toContain('"{who}"');
    expect(code).toContain('"{globalThis.process.exit(0)}"');
    expect(code).not.toContain('a note for authors');
  });
  it('keeps only plain attributes', () => {
    expect(code).toContain('_jsx("img", {\n');
    expect(code).not.toMatch(/onerror|"java" \+ "script|set:html|Object\.assign\(\{ src/);
    expect(code).toMatch(/title: "t"/);
  });
});
