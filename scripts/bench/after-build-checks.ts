/**
 * Times the checks that read every built page after `astro build`, on a built
 * site, three ways, alternately: one after the other in one thread (as before
 * issue 22); the output gate in a worker thread while this thread runs the
 * link check; and as the build now runs them, the gate shared between the
 * worker threads and this thread, which gates its share once the link check
 * is done (gateFilesAlongside). Prints wall and CPU time
 * (all threads) and the load average. Each run is a fresh Node process, so
 * both ways start cold, as in a build.
 *
 *   npm run bench -- --sizes 1000 --keep --no-starlight
 *   npx node scripts/bench/after-build-checks.ts tests/.output/bench/1000-guidance-pages/run-1/dist [--runs 3]
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { glob } from 'tinyglobby';
import { checkBuiltLinks } from '../../src/check/built-links.ts';
import { gateFiles, gateFilesAlongside, gateFilesInWorker, type GateFilesJob } from '../../src/lib/safety/output-gate/files.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '3' }, way: { type: 'string' } } });
const outDir = path.resolve(positionals[0] ?? 'tests/.output/bench/1000-guidance-pages/run-1/dist');
const files = (await glob(['**/*.html', '**/*.svg'], { cwd: outDir, ignore: ['pagefind/**'] })).sort();
const job: GateFilesJob = { outDir, files, base: '/', redirects: [], csp: '' };
const links = () => checkBuiltLinks({ outDir, base: '/', siteUrl: '', sourceOf: () => undefined, displayName: (file) => file });
const inWorker = () => gateFilesInWorker(job);

const ways: Record<string, () => Promise<unknown>> = {
  'one after the other': async () => {
    await gateFiles(job);
    await links();
  },
  'gate in a worker, alongside': () => Promise.all([inWorker(), links()]),
  'gate shared, links first here': () => gateFilesAlongside(job, 1, links),
};
if (values.way) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await ways[values.way]!();
  const used = process.cpuUsage(cpu);
  console.log(`${((performance.now() - started) / 1000).toFixed(2)} s wall  ${((used.user + used.system) / 1e6).toFixed(2)} s CPU`);
} else {
  console.log(`${files.length} files in ${path.relative(process.cwd(), outDir)}; load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
  for (let run = 1; run <= Number(values.runs); run++) {
    for (const label of Object.keys(ways)) {
      const line = execFileSync(process.execPath, [import.meta.filename, outDir, '--way', label], { encoding: 'utf8' }).trim();
      console.log(`  run ${run}  ${label.padEnd(28)} ${line}`);
    }
  }
  console.log(`load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
}
