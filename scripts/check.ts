/**
 * `npm run check`: validates every content file, reference, link, anchor and
 * the content safety lint in seconds, without building the site. Prints every
 * problem with file and line, and exits 1 when there are any. The build runs
 * the same check first.
 */
import { checkContent } from '../src/check/content-check.ts';
import { formatReport } from '../src/lib/findings.ts';
import { checkContentAssets } from '../src/integrations/content-assets.ts';

const started = performance.now();
const { entries, findings: entryFindings } = await checkContent();
// Files beside the pages (images, SVGs): the build runs the same check (src/integrations/content-assets.ts).
const findings = [...entryFindings, ...(await checkContentAssets())];
const took = `${Math.round(performance.now() - started)} ms`;
if (findings.length > 0) {
  console.error(formatReport(findings));
  console.error(`\nThe content check failed (${took}). Fix the problems above, then run npm run check again.`);
  process.exitCode = 1;
} else {
  console.log(`Checked ${entries.length} content entries in ${took}: no problems.`);
}
