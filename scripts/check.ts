/**
 * `npm run check`: validates every content file, reference, link, anchor and
 * the content safety lint in seconds, without building the site. Prints every
 * problem with file and line, and exits 1 when there are any. Warnings are
 * listed too but never fail the check. The build runs
 * the same check first.
 */
import { checkContent } from '../src/check/content-check.ts';
import { formatReport, splitFindings } from '../src/lib/findings.ts';

const started = performance.now();
const { entries, findings } = await checkContent();
const took = `${Math.round(performance.now() - started)} ms`;
const { errors, warnings } = splitFindings(findings);
if (errors.length > 0) {
  console.error(formatReport(findings));
  console.error(`\nThe content check failed (${took}). Fix the problems above, then run npm run check again.`);
  process.exitCode = 1;
} else {
  // Warnings (such as an answer the manual disagrees with) are shown but never fail the check.
  if (warnings.length > 0) console.warn(`${formatReport(warnings)}\n`);
  console.log(`Checked ${entries.length} content entries in ${took}: no problems${warnings.length ? `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : ''}.`);
}
