import { readFileSync } from 'node:fs';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { callouts } from '../../../../src/lib/markdown/callouts.ts';
import { CONTENT_COMPONENTS } from '../../../../src/lib/safety/content-safety/components.ts';

const render = (markdown: string) => markdownToHtml(markdown, { features: { gfm: true }, hastPlugins: [callouts()] }).html.trim();

describe('callouts from blockquotes and GitHub alerts', () => {
  it.each(['WARNING', 'CAUTION', 'warning'])('renders [!%s] as GOV.UK warning text', (kind) => {
    expect(render(`> [!${kind}]\n> Do not **restart** the database.`)).toBe(
      '<div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span><strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span>Do not <strong>restart</strong> the database.</strong></div>',
    );
  });

  it('keeps several paragraphs of a warning as paragraphs', () => {
    expect(render('> [!WARNING]\n> First.\n>\n> Second.')).toMatch(
      /^<div class="govuk-warning-text"><span[^>]*>!<\/span><div class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning<\/span><p>First\.<\/p><p>Second\.<\/p><\/div><\/div>$/,
    );
  });

  it.each(['NOTE', 'TIP', 'IMPORTANT'])('renders [!%s] as inset text', (kind) => {
    expect(render(`> [!${kind}]\n> Check the [status page](https://status.example.com).`)).toBe(
      '<div class="govuk-inset-text"><p>Check the <a href="https://status.example.com">status page</a>.</p></div>',
    );
  });

  it('renders a plain quote, and a marker that is not alone on its line, as inset text', () => {
    expect(render('> Quoted.')).toBe('<div class="govuk-inset-text"><p>Quoted.</p></div>');
    expect(render('> [!NOTE] not an alert')).toBe('<div class="govuk-inset-text"><p>[!NOTE] not an alert</p></div>');
  });
});

describe('components authors may use', () => {
  it('are the components every page receives', () => {
    const index = readFileSync('src/components/mdx/index.ts', 'utf8');
    const passed = /proseComponents = \{([^}]*)\}/.exec(index)?.[1].split(',').map((name) => name.trim()).filter(Boolean);
    expect(passed).toEqual([...CONTENT_COMPONENTS]);
  });
});
