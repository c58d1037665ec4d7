/**
 * `npm run check` on one fixture content tree per failure kind: each exits 1
 * and prints the file, line and the message an author sees. No build runs.
 */
import { describe, expect, it } from 'vitest';
import { runScript } from '../support/check.ts';
import { contentVariant, RUN_BOOKS_ANSWERED_DONE } from '../support/content-variant.ts';
import { EXAMPLE_CONTENT } from '../support/site.ts';

const fixture = (name: string) => `tests/fixtures/${name}/content`;
const page = (name: string, file = 'problem.md') => `${fixture(name)}/guidance/section/${file}`;

const cases: [string, string[]][] = [
  ['broken-link', [`${page('broken-link')}:10: links to /guidance/section/missing-page/, which is not a page on this site.`]],
  [
    'broken-anchor',
    [
      `${page('broken-anchor')}:10: links to /guidance/section/#thrid-heading, but that page has no heading or element with the id \`thrid-heading\`. Did you mean \`#third-heading\`? Its headings: #first-heading, #second-heading, #third-heading`,
      `${page('broken-anchor')}:10: links to #nowhere, but this page has no heading or element with the id \`nowhere\`. Its headings: #only-heading`,
    ],
  ],
  ['dangling-reference', [`${page('dangling-reference')}:7: \`owner\` names \`editor\`, which is not in content/teams/. Did you mean \`editors\`? Known: editors`]],
  [
    'duplicate-url',
    [`${page('duplicate-url', 'page/index.md')}:1: publishes to /guidance/section/page/, which ${page('duplicate-url', 'page.md')} also publishes to: rename or move one of them`],
  ],
  [
    'old-path-clash',
    [`${page('old-path-clash')}:8: \`oldPaths[0]\` redirects /guidance/section/ here, but ${fixture('old-path-clash')}/guidance/section/index.md publishes a page there: remove it from \`oldPaths\``],
  ],
  [
    'html-link-base',
    [`${page('html-link-base')}:10: has an HTML link to /guidance/section/, which is published without the site's base path and breaks when the site is served under a sub-path: write it as a Markdown link, such as [text](/guidance/section/)`],
  ],
  ['unsafe-script', [`${page('unsafe-script')}:12: contains a \`<script>\` tag: content cannot run code in readers' browsers. Remove it; to show code, put it in a code block (\`\`\`).`]],
  ['unsafe-iframe', [`${page('unsafe-iframe')}:10: contains an \`<iframe>\` tag: content cannot embed other pages or plugins. Link to the page instead, such as [dashboard](https://…).`]],
  ['unsafe-event-handler', [`${page('unsafe-event-handler')}:10: has an inline event handler \`onclick=\`: content cannot run code in readers' browsers. Remove the attribute.`]],
  ['unsafe-javascript-url', [`${page('unsafe-javascript-url')}:10: has a \`javascript:\` link: such links run code when clicked. Link to a web page (https://…) instead.`]],
  [
    'runbook-links',
    [
      `${fixture('runbook-links')}/runbooks/refund.mdx:7: \`oldPaths[0]\` redirects /guidance/section/ here, but ${fixture('runbook-links')}/guidance/section/index.md publishes a page there: remove it from \`oldPaths\``,
      `${fixture('runbook-links')}/runbooks/refund.mdx:10: links to /guidance/section/refunds/, which is not a page on this site.`,
    ],
  ],
  [
    'services-example-depends-on-real',
    [
      `${fixture('services-example-depends-on-real')}/services/made-up.md:8: \`dependsOn[1]\` names \`real-service\`, a real service (it is not marked \`example: true\`), but this service is a made-up example: the real service's page, incident pack and maps would show this example as a service that depends on it. Remove \`real-service\` from \`dependsOn\`; an example may depend only on other examples.`,
    ],
  ],
  ['secret-cloud-key', [`${page('secret-cloud-key')}:13: looks like an AWS access key (\`AKIA…\`): remove it, revoke it, and keep keys in your secrets store.`]],
  [
    'secret-private-key',
    [`${page('secret-private-key')}:13: contains a private key block (\`-----BEGIN RSA PRIVATE KEY-----\`): remove it, replace the key, and never publish private keys.`],
  ],
  ['secret-token', [`${page('secret-token')}:9: looks like a GitHub token (\`ghp_…\`): remove it, revoke it, and keep tokens in your secrets store.`]],
  [
    'secret-password-url',
    [
      `${page('secret-password-url')}:10: has a password in a web address (\`postgres://admin:****@db.internal:5432\`): remove it and keep the password in your secrets store. To show the form, write a placeholder such as \`<password>\`.`,
    ],
  ],
];

describe.each(cases)('npm run check on the %s fixture', (name, messages) => {
  const result = runScript('check', fixture(name));

  it('exits 1', () => {
    expect(result.status).toBe(1);
  });
  it('prints the file, line and what to do', () => {
    for (const message of messages) expect(result.stderr).toContain(`  ${message}\n`);
    expect(result.stderr).toContain(`${messages.length} problem${messages.length === 1 ? '' : 's'} in 1 content file:`);
  });
  it('never prints a secret it found', () => {
    expect(result.output).not.toMatch(/AKIAZ7Q3PLMN4TRW8XYB|ghp_0123456789|s3cr3tP4ss|MIIEowIBAAKCAQEA/);
  });
});

describe('npm run check on an http link in prose (the insecure-http fixture)', () => {
  const warning = `${page('insecure-http')}:10: links to \`http://status.example.com/\` over http, which anyone on the reader's network can read or change: use https:// if the site offers it (\`npm run check -- --strict\` fails on http links).`;

  it('prints one warning and passes', () => {
    const result = runScript('check', fixture('insecure-http'));
    expect(result.status).toBe(0);
    expect(result.output).toContain(`1 warning in 1 content file:\n  ${warning}\n`);
    expect(result.stdout).toMatch(/no problems, 1 warning \(npm run check -- --strict fails on warnings\)\./);
  });
  it('fails with --strict, and explains an unknown option', () => {
    const strict = runScript('check', fixture('insecure-http'), ['--strict']);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain(`1 problem in 1 content file:\n  ${warning}\n`);
    const bad = runScript('check', fixture('insecure-http'), ['--strct']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Usage: npm run check [-- --strict]');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('npm run check on good content', () => {
  it('passes the example content quickly, printing how long it took', () => {
    const result = runScript('check', EXAMPLE_CONTENT);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Checked \d+ content entries in \d+ ms: no problems(\.|, \d+ warnings? \(npm run check -- --strict fails on warnings\)\.)$/m);
  });
  it('passes the example content with no warnings: the seed answers honestly', () => {
    const result = runScript('check', EXAMPLE_CONTENT, [], { OPS_MANUAL_TODAY: '2026-11-22' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/: no problems\.$/m);
    expect(result.stderr).not.toContain('warning');
  });
  describe('on the example content with an answer the manual disagrees with', () => {
    // The seed with ready-for-live-support.run-books answered done, though one of its run books is overdue a test.
    const content = contentVariant('check-conflict', [RUN_BOOKS_ANSWERED_DONE]);
    const warning = `${content}/services/find-mentor-training.md:197: \`checklists.ready-for-live-support.run-books\` is answered done, but the run book “Renew the DfE Sign-in client secret” was last tested on 16 February 2026, more than 6 months ago: follow the run book end to end and set its \`lastTested:\` (content/runbooks/), or answer in-progress until it is done`;
    it('lists it as a warning, with file, line and what to do, and still passes', () => {
      const result = runScript('check', content, [], { OPS_MANUAL_TODAY: '2026-11-22' });
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('no problems, 1 warning (npm run check -- --strict fails on warnings).');
      expect(result.stderr).toContain(`1 warning in 1 content file:\n  ${warning}`);
    });
    it('fails on it with --strict', () => {
      const strict = runScript('check', content, ['--strict'], { OPS_MANUAL_TODAY: '2026-11-22' });
      expect(strict.status).toBe(1);
      expect(strict.stderr).toContain(`1 problem in 1 content file:\n  ${warning}`);
    });
  });
  it('does not treat an overdue review as a content error', () => {
    expect(runScript('check', fixture('overdue-review')).status).toBe(0);
  });
});

describe('npm run review:report on the overdue-review fixture', () => {
  it('lists the overdue page by owner and exits 1', () => {
    const result = runScript('review:report', fixture('overdue-review'), ['--today', '2025-12-15']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Review report for 15 December 2025: 1 overdue, 1 due within 30 days.');
    expect(result.stdout).toContain('Editors (editors)\n  OVERDUE  2021-01-31  Problem page  /guidance/section/problem/\n  due      2026-01-01  Section  /guidance/section/');
  });
  it('widens "due soon" with --within and prints JSON with --json', () => {
    const result = runScript('review:report', fixture('overdue-review'), ['--today', '2025-12-15', '--within', '1w', '--json']);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ today: '2025-12-15', within: '1 week', overdue: 1, dueSoon: 0 });
    expect(report.owners[0].overdue[0]).toEqual({ title: 'Problem page', url: '/guidance/section/problem/', owner: 'editors', lastReviewed: '2020-01-31', reviewBy: '2021-01-31' });
  });
  it('exits 0 when nothing is overdue, and explains a bad option', () => {
    expect(runScript('review:report', fixture('overdue-review'), ['--today', '2020-06-01']).status).toBe(0);
    const bad = runScript('review:report', fixture('overdue-review'), ['--within', 'soon']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--within must be a duration such as 30d, 6w, 3m or "30 days" (found "soon")');
  });
});
