/**
 * `npm run check` gives one verdict per mistake and never crashes: a file it
 * cannot read is a finding naming the file, with no stack trace, and a file
 * that fails its own schema does not make the files that name it fail too.
 */
import { describe, expect, it } from 'vitest';
import { runScript } from '../support/check.ts';

const fixture = (name: string) => `tests/fixtures/${name}/content`;
const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;

describe('a 6,000-deep blockquote', () => {
  const result = runScript('check', fixture('verdict-deep-nesting'));
  it('is checked without a crash (the build renders it too)', () => {
    expect(result.output).not.toMatch(STACK_TRACE);
    expect(result.output).not.toContain('Maximum call stack');
    expect(result.status).toBe(0);
  });
});

describe('a file whose parser throws (a YAML alias bomb)', () => {
  const folder = fixture('verdict-parser-crash');
  const result = runScript('check', folder);
  it('is one finding naming the file, with no stack trace', () => {
    expect(result.status).toBe(1);
    expect(result.output).not.toMatch(STACK_TRACE);
    expect(result.stderr).toContain(`  ${folder}/teams/editors.yaml:`);
    expect(result.stderr).toContain('1 problem in 1 content file:');
  });
});

describe('a service that fails its schema', () => {
  const folder = fixture('verdict-one-mistake');
  const result = runScript('check', folder);
  it('reports the one mistake, not the run books, dependencies and links that name the service', () => {
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `  ${folder}/services/find-training.mdx:3: \`phase\` must be one of: discovery, alpha, beta, live, retiring, retired (found \`production\`).\n`,
    );
    expect(result.stderr).toContain('1 problem in 1 content file:');
    expect(result.stderr).not.toContain('which is not in content/services/');
    expect(result.stderr).not.toContain('which is not a page on this site');
  });
});
