#!/usr/bin/env node
/**
 * Federation build benchmark (issue 21, item 6): a site whose sources.yaml
 * lists N local git repositories (file://, no network), each with one service
 * manual and two run books, built with `astro build` twice: with an empty
 * sources cache, then with nothing changed (each source costs one
 * `git ls-remote`). Prints each build's wall time and the fetch lines' count.
 *
 *   node scripts/bench/federation-build.ts --repos 300
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { makeRepository } from './federation-repos.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({ options: { repos: { type: 'string', default: '300' }, keep: { type: 'boolean', default: false } } });
const count = Number(values.repos);
const work = mkdtempSync(path.join(os.tmpdir(), 'ops-manual-federation-build-'));

const front = (fields: string) => `---\n${fields}lastReviewed: 2026-05-01\nreviewIn: 1 year\n---\n\n`;
const sources: string[] = [];
for (let index = 0; index < count; index++) {
  const id = `service-${String(index).padStart(3, '0')}`;
  const url = makeRepository(path.join(work, 'repos', id), {
    'app/main.ts': `export const service = '${id}';\n`,
    [`docs/manual/${id}.md`]: `${front(`name: Service ${index}\ndescription: Benchmark service ${index}.\nphase: live\nowner: editors\n`)}The ${id} service.\n`,
    [`docs/manual/runbooks/${id}-restart.md`]: `${front(`title: Restart service ${index}\nservice: ${id}\nwhenToUse: It stopped.\n`)}1. Restart it.\n`,
    [`docs/manual/runbooks/${id}-failover.md`]: `${front(`title: Fail over service ${index}\nservice: ${id}\nwhenToUse: Its zone is down.\n`)}1. Fail over.\n`,
  });
  sources.push(`- repository: ${url}\n  path: docs/manual\n`);
}
const content = path.join(work, 'content');
mkdirSync(path.join(content, 'teams'), { recursive: true });
writeFileSync(path.join(content, 'teams/editors.yaml'), 'name: Editors\ncontact: "#editors on Slack"\n');
writeFileSync(path.join(content, 'sources.yaml'), sources.join(''));

function build(name: string): void {
  const started = performance.now();
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      OPS_MANUAL_CONTENT: content,
      OPS_MANUAL_SETTINGS: path.join(ROOT, 'tests/fixtures/settings.yaml'),
      OPS_MANUAL_OUT_DIR: path.join(work, name, 'dist'),
      OPS_MANUAL_CACHE_DIR: path.join(work, name, 'cache'),
      OPS_MANUAL_SOURCES_CACHE: path.join(work, 'sources-cache'),
      OPS_MANUAL_TODAY: '2026-06-10',
    },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const output = `${result.stdout}\n${result.stderr}`;
  const fetched = (output.match(/: fetched \d+ files?/g) ?? []).length;
  const cached = (output.match(/: cached$/gm) ?? []).length;
  const pages = /(\d+) page\(s\) built/.exec(output)?.[1];
  console.log(`${name}: ${seconds} s wall, exit ${result.status}, ${pages ?? '?'} pages, ${fetched} sources fetched, ${cached} cached, load average ${os.loadavg()[0]!.toFixed(1)}`);
  if (result.status !== 0) console.log(output.slice(-3000));
}

build('first');
build('unchanged');
if (!values.keep) rmSync(work, { recursive: true, force: true });
else console.log(`Kept ${work}`);
