/**
 * Committed files a script generates must match what the script makes now,
 * so `npm test` (and so .ci/run) fails when one is stale. The only such files
 * are the editor schemas in schemas/json/, made by `npm run schemas` from
 * src/schemas/ (templates/service.md and the test fixtures are written by
 * hand). A new generated file gets its check here.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/site.ts';

const schemas = (...args: string[]) => {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/editor-schemas.ts'), '--check', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
};

describe('committed generated files', () => {
  it('schemas/json/ is what npm run schemas makes from src/schemas/', () => {
    const { status, output } = schemas();
    expect(status, output).toBe(0);
    expect(output).toContain('The editor schemas in schemas/json/ are up to date.');
  });

  const stale = mkdtempSync(path.join(tmpdir(), 'ops-manual-schemas-'));
  afterAll(() => rmSync(stale, { recursive: true, force: true }));

  it('fails, naming the file and what to run, when a committed schema is stale or missing', () => {
    cpSync(path.join(ROOT, 'schemas/json'), stale, { recursive: true });
    const runbooks = path.join(stale, 'runbooks.schema.json');
    const schema = JSON.parse(readFileSync(runbooks, 'utf8'));
    delete schema.properties.alerts;
    writeFileSync(runbooks, `${JSON.stringify(schema, null, 2)}\n`);
    rmSync(path.join(stale, 'teams.schema.json'));

    const { status, output } = schemas('--dir', stale);
    expect(status).toBe(1);
    expect(output).toContain(`These editor schemas are out of date: ${path.relative(ROOT, path.join(stale, 'runbooks.schema.json'))}, ${path.relative(ROOT, path.join(stale, 'teams.schema.json'))}.`);
    expect(output).toContain('run npm run schemas and commit the result');
  });
});
