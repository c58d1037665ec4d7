/**
 * Proves the Markdown processor (Astro 7's Sätteri) renders all of
 * GitHub-flavoured Markdown through the real build, styled by Prose scoping.
 */
import { describe, expect, it } from 'vitest';
import { buildOnce, readPage } from '../support/site.ts';

const { outDir } = buildOnce({ name: 'gfm', content: 'tests/fixtures/gfm/content' });
const html = readPage(outDir, 'guidance/markdown/index.html');
const prose = html.slice(html.indexOf('class="app-prose'), html.indexOf('id="sources-heading"') > 0 ? html.indexOf('id="sources-heading"') : undefined);

describe('GitHub-flavoured Markdown', () => {
  it('renders tables with column alignment', () => {
    expect(prose).toMatch(/<table>/);
    expect(prose).toMatch(/<th[^>]*(align="left"|text-align:\s*left)[^>]*>Severity<\/th>/);
    expect(prose).toMatch(/<th[^>]*(align="center"|text-align:\s*center)[^>]*>Response<\/th>/);
    expect(prose).toMatch(/<td[^>]*(align="right"|text-align:\s*right)[^>]*>page<\/td>/);
  });

  it('renders task lists as disabled checkboxes', () => {
    expect(prose).toMatch(/<input[^>]*type="checkbox"[^>]*checked[^>]*>\s*Agree the service levels/);
    expect(prose).toMatch(/<input(?![^>]*checked)[^>]*type="checkbox"[^>]*>\s*Rehearse an incident/);
    expect(prose.match(/<input[^>]*type="checkbox"[^>]*disabled/g)).toHaveLength(2);
  });

  it('renders strikethrough', () => {
    expect(prose).toMatch(/<del>optional<\/del>/);
  });

  it('turns a bare web address into a link', () => {
    expect(prose).toMatch(/<a href="https:\/\/status\.example\.org"[^>]*>https:\/\/status\.example\.org<\/a>/);
  });

  it('renders footnotes with a reference and a back link', () => {
    expect(prose).toMatch(/<sup><a href="#user-content-fn-rpo"[^>]*>1<\/a><\/sup>/);
    expect(prose).toMatch(/<section[^>]*class="footnotes"/);
    expect(prose).toMatch(/href="#user-content-fnref-rpo"/);
  });

  it('gives repeated headings unique ids', () => {
    const ids = [...html.matchAll(/<h[2-6] id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toContain('same-heading');
    expect(ids).toContain('same-heading-1');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('titles the page from frontmatter, not from the Markdown', () => {
    expect(html).toMatch(/<h1 class="govuk-heading-xl">GitHub-flavoured Markdown<\/h1>/);
  });
});

describe('GOV.UK components in MDX', () => {
  const mdx = readPage(outDir, 'guidance/markdown/components/index.html');
  it('renders <WarningText> as GOV.UK warning text with hidden "Warning"', () => {
    expect(mdx).toMatch(/<div class="govuk-warning-text">[\s\S]*<span class="govuk-visually-hidden">Warning<\/span>\s*Do not restart the primary database/);
  });
  it('renders <InsetText> and blockquotes as GOV.UK inset text', () => {
    expect(mdx).toMatch(/<div class="govuk-inset-text">\s*Most incidents are resolved/);
    expect(mdx).toMatch(/<div class="govuk-inset-text">\s*<p>A quoted note becomes inset text too\.<\/p>/);
    expect(mdx).not.toMatch(/<blockquote>/);
  });
});
