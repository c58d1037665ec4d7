/**
 * `npm run dev` gives the same verdict as `npm run check`: when a content file
 * breaks, every page answers with the problems (file:line, field, message),
 * never the last good page, and the terminal prints the same report. Runs the
 * real dev server on a copy of a fixture, on 127.0.0.1 and a port of its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureSettings, OUTPUT_ROOT, ROOT } from '../support/site.ts';

const NAME = 'dev-verdict';
const work = path.join(OUTPUT_ROOT, NAME);
const content = path.join(work, 'content');
const contentFromRoot = path.relative(ROOT, content).split(path.sep).join('/');
const page = path.join(content, 'guidance/section/problem.md');
const section = path.join(content, 'guidance/section/index.md');
const service = path.join(content, 'services/find-training.mdx');

let server: ChildProcess | undefined;
let output = '';
let origin = '';

async function waitFor<T>(what: string, attempt: () => Promise<T | undefined> | T | undefined, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const result = await attempt();
    if (result !== undefined) return result;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Timed out waiting for ${what}. Dev server output:\n${output}`);
}

async function get(pathname: string): Promise<{ status: number; body: string }> {
  const response = await fetch(`${origin}${pathname}`, { headers: { accept: 'text/html' }, signal: AbortSignal.timeout(20_000) });
  return { status: response.status, body: await response.text() };
}

function withoutVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith('VITEST')));
}

const edit = (file: string, from: string | RegExp, to: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  cpSync(path.join(ROOT, 'tests/fixtures/verdict-dev/content'), content, { recursive: true });
  server = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', '0', '--ignore-lock'], {
    cwd: ROOT,
    // Without VITEST, which makes Astro's dev server skip serving pages.
    env: { ...withoutVitest(process.env), ASTRO_TELEMETRY_DISABLED: '1', OPS_MANUAL_CONTENT: contentFromRoot, ...fixtureSettings(contentFromRoot), OPS_MANUAL_CACHE_DIR: path.join(work, 'cache'), SITE_BASE: '', SITE_URL: '', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
  origin = await waitFor('the dev server to start', () => /Local\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(output.replace(/\x1b\[[0-9;]*m/g, ''))?.[1]);
});

afterAll(() => {
  server?.kill();
});

describe('the dev server', () => {
  it('serves the page while the content is valid', async () => {
    const { status, body } = await waitFor('the first page', async () => {
      const response = await get('/guidance/section/problem/');
      return response.status === 200 ? response : undefined;
    });
    expect(status).toBe(200);
    expect(body).toContain('Problem page');
  });

  it('shows every problem on every route once a file breaks, never the stale page', async () => {
    edit(page, '(/guidance/section/)', '(/guidance/section/missing-page/)');
    edit(section, 'title: Section', 'title: 3');
    edit(service, 'reviewIn: 6 months', 'reviewIn: 6 months\ndependsOn: [report-fundng]');
    const broken = await waitFor('the page to show the problems', async () => {
      const response = await get('/guidance/section/problem/');
      return response.status !== 200 && response.body.includes('missing-page') && response.body.includes('report-fundng') ? response : undefined;
    });
    expect(broken.status).toBe(500);
    expect(broken.body).not.toContain('Problem page');
    expect(broken.body).toContain(`${contentFromRoot}/guidance/section/index.md:2: <code>title</code> must be text`);
    expect(broken.body).toContain(`${contentFromRoot}/guidance/section/problem.md:10: links to /guidance/section/missing-page/, which is not a page on this site.`);
    expect(broken.body).toContain(`${contentFromRoot}/services/find-training.mdx:7: <code>dependsOn</code> names <code>report-fundng</code>, which is not in content/services/.`);
    // Every route, not only the broken page.
    const home = await get('/');
    expect(home.status).toBe(500);
    expect(home.body).toContain('missing-page');
  });

  it('prints the same report as npm run check in the terminal, with lines and without Markdown asterisks', async () => {
    const line = `  ${contentFromRoot}/services/find-training.mdx:7: \`dependsOn\` names \`report-fundng\`, which is not in content/services/.`;
    await waitFor('the report in the terminal', () => (output.includes(line) ? true : undefined), 20_000);
    expect(output).toContain(`  ${contentFromRoot}/guidance/section/problem.md:10: links to /guidance/section/missing-page/, which is not a page on this site.`);
    expect(output).not.toContain('**');
  });

  it('serves pages again once the content is fixed', async () => {
    edit(page, '(/guidance/section/missing-page/)', '(/guidance/section/)');
    edit(section, 'title: 3', 'title: Section');
    edit(service, '\ndependsOn: [report-fundng]', '');
    const fixed = await waitFor('the page to come back', async () => {
      const response = await get('/guidance/section/problem/');
      return response.status === 200 ? response : undefined;
    });
    expect(fixed.body).toContain('Problem page');
  });

  it('follows the content files: an edited page shows its new text, a new page appears, a deleted one goes', async () => {
    edit(page, /\n*$/, '\n\nA sentence added while the dev server runs.\n');
    await waitFor('the edit to show', async () => ((await get('/guidance/section/problem/')).body.includes('A sentence added while') ? true : undefined));
    const added = path.join(content, 'guidance/section/added.md');
    writeFileSync(added, readFileSync(page, 'utf8').replace('title: Problem page', 'title: A page added while it runs').replace('order: 1', 'order: 2'));
    const shown = await waitFor('the new page', async () => {
      const response = await get('/guidance/section/added/');
      return response.status === 200 ? response : undefined;
    });
    expect(shown.body).toContain('A page added while it runs');
    rmSync(added);
    await waitFor('the deleted page to go', async () => ((await get('/guidance/section/added/')).status === 404 ? true : undefined));
    expect((await get('/guidance/section/problem/')).status).toBe(200);
  });

  it('shows a file beside the pages that cannot be published, as npm run check does', async () => {
    const svg = path.join(content, 'guidance/section/diagram.svg');
    writeFileSync(svg, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>\n');
    const broken = await waitFor('the page to show the SVG problem', async () => {
      const response = await get('/guidance/section/problem/');
      return response.status === 500 && response.body.includes('diagram.svg') ? response : undefined;
    });
    expect(broken.body).toContain(`${contentFromRoot}/guidance/section/diagram.svg:1: the SVG`);
    rmSync(svg);
    await waitFor('the page to come back', async () => ((await get('/guidance/section/problem/')).status === 200 ? true : undefined));
  });
});
