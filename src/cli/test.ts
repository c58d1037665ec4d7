/**
 * `ops-manual test` (a site's `npm test`): the content check, then a build,
 * which runs every gate (content safety on the built pages, links and
 * anchors, every expected page written), then the page-weight budgets on what
 * it built. Stops at the first step that fails.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { budgetProblems, weighPages } from '../../scripts/bench/page-weight.ts';
import { settings } from '../settings.ts';

const ENGINE = path.resolve(import.meta.dirname, '../..');

function run(step: string, command: string[]): void {
  console.log(`\n▸ ${step}`);
  const result = spawnSync(process.execPath, command, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) {
    console.error(`\n${step} failed: fix what it says above, then run the tests again.`);
    process.exit(result.status ?? 1);
  }
}

run('The content check', [path.join(ENGINE, 'bin/ops-manual.mjs'), 'check']);
// As `npm run build` builds: the site's own Astro, then the search index (src/cli/build.ts).
run('The build, through the gates for safety, links and completeness', [path.join(ENGINE, 'bin/ops-manual.mjs'), 'build']);

console.log('\n▸ Page weight');
const outDir = path.resolve(process.env.OPS_MANUAL_OUT_DIR ?? 'dist');
const pages = globSync('**/*.html', { cwd: outDir, ignore: ['pagefind/**'] }).sort();
const problems = budgetProblems(weighPages(outDir, pages, settings.base));
if (problems.length > 0) {
  console.error(`${problems.map((problem) => `  ${problem}`).join('\n')}\n\nPages over the weight budget: split long lists or pages, then run the tests again.`);
  process.exit(1);
}
console.log(`${pages.length} pages within the budgets.\n\nAll the site's tests passed.`);
