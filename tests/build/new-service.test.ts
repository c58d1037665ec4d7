/** `npm run new:service` copies the template into a new service file that builds, in a temporary content tree. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, EXAMPLE_CONTENT, fixtureSettings, OUTPUT_ROOT, readPage, ROOT } from '../support/site.ts';

const content = path.join(OUTPUT_ROOT, 'new-service-content');
rmSync(content, { recursive: true, force: true });
mkdirSync(path.join(content, 'services'), { recursive: true });
cpSync(path.join(ROOT, EXAMPLE_CONTENT, 'teams'), path.join(content, 'teams'), { recursive: true });

function newService(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/new-service.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, OPS_MANUAL_CONTENT: content, ...fixtureSettings(content), OPS_MANUAL_TODAY: '2026-03-04' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const created = newService("Register a trainee's placement", '--owner', 'mentor-training-team');
const file = path.join(content, 'services', 'register-a-trainees-placement.md');

describe('npm run new:service', () => {
  it('creates content/services/<id>.md with the name, owner and today filled in', () => {
    expect(created.status, created.output).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^name: Register a trainee's placement +# the name of the service/m);
    expect(text).toMatch(/^owner: mentor-training-team +# your team's id/m);
    expect(text).toMatch(/^lastReviewed: 2026-03-04 +# the date you last checked/m);
  });

  it('refuses to overwrite a service, or to use a team that does not exist', () => {
    expect(newService("Register a trainee's placement", '--owner', 'mentor-training-team').output).toContain('already exists');
    const wrongTeam = newService('Another service', '--owner', 'mentor-trainng-team');
    expect(wrongTeam.status).toBe(1);
    expect(wrongTeam.output).toContain('There is no team `mentor-trainng-team`');
    expect(wrongTeam.output).toContain('Did you mean `mentor-training-team`?');
    expect(existsSync(path.join(content, 'services', 'another-service.md'))).toBe(false);
  });

  it('makes a file that builds into a manual with every gap shown', () => {
    const build = buildSite({ name: 'new-service', content: path.relative(ROOT, content) });
    expect(build.status, build.output).toBe(0);
    const html = readPage(build.outDir, 'services/register-a-trainees-placement/index.html');
    expect(html).toContain('<h1 class="govuk-heading-l govuk-!-margin-bottom-2">Register a trainee&#39;s placement</h1>');
    expect(html.match(/Not documented yet/g)?.length).toBeGreaterThan(15);
  });
});
