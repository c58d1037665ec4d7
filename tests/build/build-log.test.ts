/**
 * A clean build log: building the seed site prints no warning, so a [WARN]
 * in the log always means something an author or developer should fix.
 * Known-harmless bundler messages are dropped by code and wording only
 * (src/lib/build/known-warnings.ts); everything else still shows.
 */
import { describe, expect, it } from 'vitest';
import { buildOnce } from '../support/site.ts';

const { output } = buildOnce({ name: 'build-log' });

describe('the seed build log', () => {
  it('has no [WARN] lines', () => {
    const warnings = output.split('\n').filter((line) => line.includes('[WARN]'));
    expect(warnings).toEqual([]);
  });
  it('still reports the build (the log was read, not empty)', () => {
    expect(output).toMatch(/page\(s\) built in/);
  });
});

describe('one parse per content file', () => {
  it('the content loaders take what the check read, so each file is parsed once in a build', () => {
    const [, files, parses] = /Read (\d+) content files with (\d+) parses/.exec(output) ?? [];
    expect(Number(files)).toBeGreaterThan(10);
    expect(Number(parses)).toBe(Number(files));
  });
});
