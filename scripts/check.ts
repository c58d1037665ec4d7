/**
 * `npm run check`: validates every content file, reference, link, anchor and
 * the content safety lint in seconds, without building the site. Prints every
 * problem with file and line, and exits 1 when there are any. Warnings (such
 * as an http link in prose) are printed and do not fail, unless `--strict`.
 * The build runs the same check first.
 */
import { parseArgs } from 'node:util';
import { failures, formatReport } from '../src/lib/core/findings.ts';
import { checkContentAndAssets } from '../src/integrations/content-assets.ts';

let strict = false;
try {
  strict = parseArgs({ options: { strict: { type: 'boolean' } } }).values.strict ?? false;
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\nUsage: npm run check [-- --strict]   (--strict: warnings fail too)`);
  process.exit(2);
}

const started = performance.now();
// Every entry and the files beside the pages (images, SVGs): the build and the dev server run the same checks.
const { entries, findings } = await checkContentAndAssets();
const took = `${Math.round(performance.now() - started)} ms`;
const failed = failures(findings, strict);
if (failed.length > 0) {
  console.error(formatReport(findings, strict));
  console.error(`\nThe content check failed (${took}). Fix the problems above, then run npm run check again.`);
  process.exitCode = 1;
} else if (findings.length > 0) {
  console.warn(formatReport(findings));
  console.log(`\nChecked ${entries.length} content entries in ${took}: no problems, ${findings.length} warning${findings.length === 1 ? '' : 's'} (npm run check -- --strict fails on warnings).`);
} else {
  console.log(`Checked ${entries.length} content entries in ${took}: no problems.`);
}
