#!/usr/bin/env node
/**
 * Federation benchmark (issue 21, item 6): N local git repositories (file://,
 * no network), each with one service manual and two run books beside some
 * code, fetched by fetchSources() three times:
 *
 *   1. cold: an empty cache, every source fetched;
 *   2. warm: nothing changed, so each source costs one `git ls-remote`;
 *   3. one changed: one repository has a new commit, fetched again.
 *
 * Prints wall time, CPU time (this process and the git processes it ran,
 * which a loaded machine inflates less than wall time), git invocations by
 * subcommand, and the cache's size.
 *
 *   node scripts/bench/federation.ts                      # 300 repositories, 3 at once
 *   node scripts/bench/federation.ts --repos 50 --concurrency 1,3,6
 *   options: --filter (the repositories allow --filter=blob:none, as GitHub does), --keep
 *
 * Measured 2026-12-07, 300 repositories, concurrency 3, git 2.39.5, 2 CPUs
 * shared (load average 16 to 19, so wall times are mostly the load):
 *   first (cold cache)   277 s wall, CPU 64.1 s  (300 × ls-remote, clone, checkout, log)
 *   second (unchanged)    56 s wall, CPU 12.6 s  (300 × ls-remote, nothing fetched)
 *   third (one changed)   38 s wall, CPU 11.9 s  (300 × ls-remote, 1 × clone, checkout, log)
 * With --filter, 40 tiny repositories cost more, not less (cold CPU 12.6 s
 * against 9.1 s): checkout asks again for the blobs it left behind. The
 * filter pays off only where a repository's other files are large.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fetchSources, type SourceRequest } from '../../src/lib/sources/fetch.ts';
import { gitRunner, type GitRunner } from '../../src/lib/sources/git.ts';
import { commitFiles, git, makeRepository, runbook, serviceRepositoryFiles } from './federation-repos.ts';

const { values } = parseArgs({
  options: {
    repos: { type: 'string', default: '300' },
    concurrency: { type: 'string', default: '3' },
    filter: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const count = Number(values.repos);
const concurrencies = values.concurrency.split(',').map(Number);

/** Counts git invocations by subcommand (after `-C dir` and `-c key=value`). */
function countingRunner(): { run: GitRunner; counts: Map<string, number> } {
  const real = gitRunner();
  const counts = new Map<string, number>();
  const run: GitRunner = (args, options) => {
    let index = 0;
    while (args[index] === '-C' || args[index] === '-c') index += 2;
    counts.set(args[index]!, (counts.get(args[index]!) ?? 0) + 1);
    return real(args, options);
  };
  return { run, counts };
}

/** CPU seconds used so far by this process and its finished children (Linux /proc; 0 elsewhere). */
function cpuSeconds(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
    // After the name: utime, stime, cutime, cstime are fields 14-17 of stat, 12-15 here (0-based 11-14).
    const ticks = fields.slice(11, 15).reduce((sum, value) => sum + Number(value), 0);
    return ticks / 100;
  } catch {
    return 0;
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const du = (folder: string) => execFileSync('du', ['-sk', folder], { encoding: 'utf8' }).split('\t')[0];

const root = mkdtempSync(path.join(os.tmpdir(), 'ops-manual-federation-'));
try {
  const started = performance.now();
  const folders = Array.from({ length: count }, (_, index) => path.join(root, 'repos', `service-${String(index).padStart(3, '0')}`));
  const entries: SourceRequest[] = folders.map((folder, index) => {
    const repository = makeRepository(folder, serviceRepositoryFiles(`service-${String(index).padStart(3, '0')}`));
    if (values.filter) git(folder, ['config', 'uploadpack.allowFilter', 'true']);
    return { repository, ref: 'main', path: 'docs/manual', line: index * 3 + 1 };
  });
  console.log(
    `${count} repositories made in ${seconds(performance.now() - started)} (${execFileSync('git', ['--version'], { encoding: 'utf8' }).trim()}, ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)}${values.filter ? ', uploadpack.allowFilter on' : ''})`,
  );

  for (const concurrency of concurrencies) {
    const cacheDir = path.join(root, `cache-${concurrency}`);
    const rows: string[] = [];
    const run = async (label: string) => {
      const { run: gitRun, counts } = countingRunner();
      const start = performance.now();
      const cpuStart = cpuSeconds();
      const sources = await fetchSources(entries, { cacheDir, concurrency, git: gitRun });
      const ms = performance.now() - start;
      const cpu = cpuSeconds() - cpuStart;
      const fetched = sources.filter((source) => !source.cached).length;
      const files = sources.reduce((sum, source) => sum + source.files.length, 0);
      const calls = [...counts].map(([command, n]) => `${command} ${n}`).join(', ');
      rows.push(`  ${label.padEnd(22)} ${seconds(ms).padStart(7)} (CPU ${cpu.toFixed(1)} s)  ${String(fetched).padStart(3)} fetched, ${files} files; git: ${calls}`);
    };
    await run('first (cold cache)');
    await run('second (unchanged)');
    commitFiles(folders[0]!, { 'docs/manual/runbooks/service-000-restart.md': `${runbook('service-000-restart', 'service-000')}\n2. Restart the workers.\n` }, 'Add a step', '2026-06-02T09:00:00Z');
    await run('third (one changed)');
    // Put repository 0 back for the next concurrency.
    git(folders[0]!, ['reset', '-q', '--hard', 'HEAD~1']);
    console.log(`concurrency ${concurrency}: cache ${du(cacheDir)} KiB`);
    console.log(rows.join('\n'));
  }
} finally {
  if (values.keep) console.log(`kept ${root}`);
  else rmSync(root, { recursive: true, force: true });
}
