/**
 * Content never runs code at build time (issue 11 item 3): an MDX run book
 * that exports a command and prints it is rejected by `npm run check` and by
 * the build with the same file:line messages, before any of it runs. Plain
 * Markdown run books show braces, `<` and `#` as written, callouts need no MDX,
 * and an http link in prose is one warning, printed by check and build alike.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../support/check.ts';
import { buildSite, readPage } from '../support/site.ts';

const hostile = 'tests/fixtures/mdx-runs-code/content';
const runbook = `${hostile}/runbooks/who.mdx`;
const expected = [
  `${runbook}:9: \`import\` and \`export\` run code when the site is built`,
  `${runbook}:11: \`{who}\` is an MDX expression, which runs as code when the site is built. To show the braces as text, write \`\\{who\\}\``,
  `${runbook}:13: spreads an expression into \`<img>\``,
  `${runbook}:15: \`<a>\` sets \`href\` with an expression`,
  `${runbook}:17: \`set:html\` publishes HTML unchecked`,
  `${runbook}:19: \`{globalThis.process.exit(0)}\` is an MDX expression`,
];

describe('an MDX run book that runs a command at build time', () => {
  const check = runScript('check', hostile);
  const build = buildSite({ name: 'mdx-runs-code', content: hostile });

  it('fails npm run check with each problem at its line', () => {
    expect(check.status).toBe(1);
    for (const message of expected) expect(check.stderr).toContain(`  ${message}`);
    expect(check.stderr).toContain('6 problems in 1 content file:');
  });

  it('fails the build with the same messages, before anything runs or is written', () => {
    expect(build.status).not.toBe(0);
    for (const message of expected) expect(build.output).toContain(`  ${message}`);
    expect(build.output).not.toMatch(/uid=\d+/);
    expect(existsSync(path.join(build.outDir, 'index.html'))).toBe(false);
  });
});

describe('a plain Markdown run book and callouts', () => {
  const content = 'tests/fixtures/plain-markdown/content';
  const warning = `${content}/runbooks/restart.md:17: links to \`http://wiki.example.com/pay/restart\` over http`;
  const check = runScript('check', content);
  const strict = runScript('check', content, ['--strict']);
  const build = buildSite({ name: 'plain-markdown', content });
  const runbookPage = () => readPage(build.outDir, 'services/pay/runbooks/restart/index.html');

  it('warns once about the http link: check passes, --strict fails, the build prints the same warning and goes on', () => {
    expect(check.status).toBe(0);
    expect(check.output.split(warning)).toHaveLength(2);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain(`  ${warning}`);
    expect(build.status).toBe(0);
    expect(build.output.split(warning)).toHaveLength(2);
  });

  it('shows braces, < and # in a .md run book as written', () => {
    const html = runbookPage();
    expect(html).toContain('Find the worker for {application_id} with <code>kubectl get pods -l app={application_id}</code>.');
    expect(html).toContain('Check that queue depth &lt; 100 and retries &gt; 0.');
    expect(html).toContain('Post in #pay-incidents before you start.');
  });

  it('renders GitHub alerts and quotes as GOV.UK warning and inset text in .md', () => {
    const html = runbookPage();
    expect(html).toMatch(/<div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!<\/span><strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning<\/span>Do not restart the workers during the nightly settlement run\.<\/strong><\/div>/);
    expect(html).toMatch(/<div class="govuk-inset-text"><p>Post in #pay-incidents before you start\.<\/p><\/div>/);
    expect(html).toMatch(/<div class="govuk-inset-text"><p>A plain quote becomes inset text\.<\/p><\/div>/);
    expect(html).not.toContain('[!');
    expect(html).not.toContain('<blockquote');
  });

  it('renders the same alerts in .mdx, beside the site components', () => {
    const html = readPage(build.outDir, 'guidance/section/alerts/index.html');
    expect(html).toMatch(/<div class="govuk-warning-text">.*Warning<\/span>Check the backups first\.<\/strong><\/div>/s);
    expect(html).toMatch(/<div class="govuk-inset-text"><p>Keep the dashboard open\.<\/p><\/div>/);
    expect(html).toMatch(/<div class="govuk-warning-text">\s*<span class="govuk-warning-text__icon" aria-hidden="true">!<\/span>\s*<strong class="govuk-warning-text__text">\s*<span class="govuk-visually-hidden">Warning<\/span>\s*Components still work\./);
    expect(html).not.toContain('[!');
  });
});
