/**
 * `npm run check` on YAML traps: a value cut short by `#word`, and an alias
 * bomb. Each is one finding with file and line, never a stack trace.
 */
import { describe, expect, it } from 'vitest';
import { runScript } from '../support/check.ts';

const fixture = (name: string) => `tests/fixtures/${name}/content`;

const cases: [string, string][] = [
  [
    'yaml-cut-value',
    `${fixture('yaml-cut-value')}/guidance/section/problem.md:3: \`description\` is cut short at \`#\`: YAML reads \` #\` as the start of a comment, so the page would say only "Banner on the service, post in". Put the whole value in quotes: description: "Banner on the service, post in #twd_apply, email the owner"`,
  ],
  [
    'yaml-alias-bomb',
    `${fixture('yaml-alias-bomb')}/teams/bomb.yaml:4: uses YAML aliases (\`*name\`) that expand to more than 100 copies: write the values out, or use fewer aliases.`,
  ],
];

describe.each(cases)('npm run check on the %s fixture', (name, message) => {
  const result = runScript('check', fixture(name));
  it('exits 1 with one finding at the line, and no stack trace', () => {
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`  ${message}\n`);
    expect(result.stderr).toContain('1 problem in 1 content file:');
    expect(result.output).not.toMatch(/\n\s+at /);
  });
});
