/**
 * `ops-manual init` starts a department's site outside this repository: the
 * packed engine (npm pack) installs into it from the registry's packages, the
 * site builds with its own content only and passes its own `npm test`.
 * Needs the npm registry (the engine's dependencies), nothing else.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { globSync } from 'tinyglobby';
import { htmlErrors } from '../support/quality/html-validation.ts';
import { OUTPUT_ROOT, ROOT } from '../support/site.ts';
import { GUIDANCE_CONTENT } from '../../src/site-folders.ts';


const work = path.join(OUTPUT_ROOT, 'init');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

// Only what a new machine has: no Vitest or CI variables, the date pinned so the site's build is quiet and repeatable.
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|OPS_MANUAL_|SITE_)/.test(name)));
function run(command: string, args: string[], options: SpawnSyncOptions = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...env, OPS_MANUAL_TODAY: '2026-12-01', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' }, timeout: 900_000, ...options });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const pack = run('npm', ['pack', '--pack-destination', work], { cwd: ROOT });
const tarball = readdirSync(work).find((file) => file.endsWith('.tgz'));
const site = path.join(work, 'harbours-manual');
const init = run(process.execPath, [path.join(ROOT, 'bin/ops-manual.mjs'), 'init', site, '--engine', `file:${path.join(work, tarball ?? 'missing.tgz')}`, '--name', 'Harbour operations manual', '--organisation', 'Department for Harbours', '--team', 'Harbour services team'], { cwd: work });
const install = init.status === 0 ? run('npm', ['install', '--no-audit', '--no-fund'], { cwd: site }) : init;
const test = install.status === 0 ? run('npm', ['test'], { cwd: site }) : install;

describe('ops-manual init, in a folder outside the repository', () => {
  it('packs the engine and writes the site', () => {
    expect(pack.status, pack.output).toBe(0);
    expect(init.status, init.output).toBe(0);
    for (const file of ['package.json', 'astro.config.mjs', 'src/content.config.ts', 'content/settings.yaml', 'content/teams/harbour-services-team.yaml', 'content/services/your-first-service.md', 'README.md', '.github/workflows/pull-request.yml', '.github/workflows/deploy.yml', 'public/favicon.svg']) {
      expect(existsSync(path.join(site, file)), file).toBe(true);
    }
    const manifest = JSON.parse(readFileSync(path.join(site, 'package.json'), 'utf8'));
    expect(manifest.dependencies['ops-manual']).toBe(`file:${path.join(work, tarball!)}`);
    expect(manifest.scripts).toMatchObject({ build: 'ops-manual build', test: 'ops-manual test', check: 'ops-manual check' });
  });

  it('carries no example content: one team, one service to fill in, no guidance unless asked', () => {
    expect(readdirSync(path.join(site, 'content/services'))).toEqual(['your-first-service.md']);
    expect(readdirSync(path.join(site, 'content/teams'))).toEqual(['harbour-services-team.yaml']);
    expect(existsSync(path.join(site, 'content/guidance'))).toBe(false);
    expect(readFileSync(path.join(site, 'content/services/your-first-service.md'), 'utf8')).toMatch(/^owner: harbour-services-team\b/m);
  });

  it('installs the packed engine and passes its own npm test: the check, the build through its gates, the budgets', () => {
    expect(install.status, install.output).toBe(0);
    expect(test.status, test.output).toBe(0);
    expect(test.output).toContain("All the site's tests passed.");
    expect(test.output).not.toContain('[WARN]');
  });

  it('builds valid pages with its own name and no example organisation, service or team', async () => {
    const dist = path.join(site, 'dist');
    const pages = globSync('**/*.html', { cwd: dist, ignore: ['pagefind/**'] }).sort();
    expect(pages).toContain('services/your-first-service/index.html');
    expect(await htmlErrors(dist, pages)).toEqual([]);
    for (const page of pages) {
      const html = readFileSync(path.join(dist, page), 'utf8');
      expect(html, page).not.toMatch(/Example Digital Service|find-mentor-training|mentor-training-team|example-org/);
    }
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toContain('Harbour operations manual');
  });

  it("adds the engine's guidance, standard pages and checklists, with their credits and owning teams, when asked", () => {
    const withGuidance = path.join(work, 'with-guidance');
    const result = run(process.execPath, [path.join(ROOT, 'bin/ops-manual.mjs'), 'init', withGuidance, '--with-guidance'], { cwd: work });
    expect(result.status, result.output).toBe(0);
    expect(readdirSync(path.join(withGuidance, 'content/services'))).toEqual(['your-first-service.md']);
    // Whatever guidance this engine carries (the reference site's content/) arrives byte for byte, credits and all.
    const shipped = GUIDANCE_CONTENT.filter((folder) => existsSync(path.join(ROOT, 'content', folder)));
    expect(shipped.length).toBeGreaterThan(0);
    for (const folder of shipped) {
      const files = globSync('**/*', { cwd: path.join(ROOT, 'content', folder) }).sort();
      expect(globSync('**/*', { cwd: path.join(withGuidance, 'content', folder) }).sort(), folder).toEqual(files);
      for (const file of files) expect(readFileSync(path.join(withGuidance, 'content', folder, file), 'utf8'), file).toBe(readFileSync(path.join(ROOT, 'content', folder, file), 'utf8'));
    }
    // The new site passes the content check as it stands: every owner is a team it has, every link lands.
    const today = new Date().toISOString().slice(0, 10); // the engine's pages were reviewed up to today
    const check = run(process.execPath, [path.join(ROOT, 'bin/ops-manual.mjs'), 'check'], { cwd: ROOT, env: { ...env, OPS_MANUAL_TODAY: today, NO_COLOR: '1', OPS_MANUAL_CONTENT: path.join(withGuidance, 'content') } });
    expect(check.status, check.output).toBe(0);
  });
});
