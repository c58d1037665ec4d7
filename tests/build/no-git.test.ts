/**
 * A build from a downloaded archive (GitHub's "Download ZIP", a Docker context
 * without .git) must work: it falls back to today's date with one warning.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/site.ts';

const copy = mkdtempSync(path.join(os.tmpdir(), 'ops-manual-no-git-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('a build outside a git checkout', () => {
  it('builds, judging reviews by the UTC date, and warns once naming both settings', () => {
    for (const item of ['src', 'public', 'templates', 'schemas', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(path.join(ROOT, item), path.join(copy, item), { recursive: true });
    cpSync(path.join(ROOT, 'tests/fixtures/overdue-review/content'), path.join(copy, 'content'), { recursive: true });
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
    const env: Record<string, string | undefined> = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', GIT_CEILING_DIRECTORIES: path.dirname(copy) };
    for (const name of ['OPS_MANUAL_TODAY', 'SOURCE_DATE_EPOCH', 'OPS_MANUAL_DECIDED_TODAY', 'OPS_MANUAL_OUT_DIR', 'OPS_MANUAL_CACHE_DIR', 'OPS_MANUAL_CONTENT', 'SITE_BASE', 'SITE_URL']) delete env[name];
    const result = spawnSync(process.execPath, [path.join(copy, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: copy, encoding: 'utf8', env });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(output).not.toMatch(/Cannot tell what date/);
    expect(result.status, output).toBe(0);
    const warnings = output.split('\n').filter((line) => /not a git checkout/.test(line));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/OPS_MANUAL_TODAY/);
    expect(warnings[0]).toMatch(/SOURCE_DATE_EPOCH/);
    const reviews = readFileSync(path.join(copy, 'dist/reviews/index.html'), 'utf8');
    expect(reviews).toContain(`datetime="${new Date().toISOString().slice(0, 10)}"`);
    expect(reviews).toMatch(/Judged by .*the date this site was built/);
    expect(existsSync(path.join(copy, 'dist/pagefind'))).toBe(true);
  }, 180_000);
});
