/** `npm run review:report` options: help, --owner, and one-line usage errors without stack traces. */
import { describe, expect, it } from 'vitest';
import { runScript } from '../support/check.ts';

const content = 'tests/fixtures/overdue-review/content';
const usage = 'Usage: npm run -s review:report -- [--within 30d] [--owner <team-id>] [--json | --markdown] [--today YYYY-MM-DD]';

describe('npm run review:report options', () => {
  it('prints the usage with --help and exits 0', () => {
    const result = runScript('review:report', content, ['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith(usage)).toBe(true);
    expect(result.stdout).toContain('--owner <team-id>');
  });
  it.each([
    [['--bogus'], "review:report: Unknown option '--bogus'."],
    [['--owner'], "review:report: Option '--owner <value>' argument missing."],
    [['stray'], "review:report: Unexpected argument 'stray'."],
  ])('%j is a one-line usage error, exit 2, no stack trace', (args, start) => {
    const result = runScript('review:report', content, args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ${usage.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(result.stderr).not.toMatch(/ERR_PARSE_ARGS|\n\s+at /);
  });
  it('--owner limits the report to one team, and says so and which date it judged by', () => {
    const result = runScript('review:report', content, ['--owner', 'editors', '--today', '2025-12-15']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Judged by 2025-12-15, the date given with --today; pages owned by editors only.');
    const json = JSON.parse(runScript('review:report', content, ['--owner', 'editors', '--json'], { OPS_MANUAL_TODAY: '2025-12-15' }).stdout);
    expect(json).toMatchObject({ today: '2025-12-15', judgedBy: 'the date set in OPS_MANUAL_TODAY', owner: 'editors', overdue: 1 });
  });
  it('--owner with an unknown team suggests the right one', () => {
    const result = runScript('review:report', content, ['--owner', 'editor']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--owner names `editor`, which is not in content/teams/. Did you mean `editors`?');
  });
  it('judges by the real date (UTC) when no date is given, and says so', () => {
    const result = runScript('review:report', content, ['--json'], { OPS_MANUAL_TODAY: '' });
    expect(JSON.parse(result.stdout)).toMatchObject({ today: new Date().toISOString().slice(0, 10), judgedBy: "today's date (UTC)" });
  });
});
