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
import { loadSiteIndex, type SiteIndex } from '../src/check/service-repository.ts';

let strict = false;
let site: string | undefined;
try {
  // --keep-last-good: a federated source that cannot be fetched is checked from its last copy (src/lib/sources/site.ts reads it).
  // --site: a service repository's folder checks its references against the site's services.json (src/check/service-repository.ts).
  const { values } = parseArgs({ options: { strict: { type: 'boolean' }, 'keep-last-good': { type: 'boolean' }, site: { type: 'string' } } });
  strict = values.strict ?? false;
  site = values.site;
} catch (error) {
  console.error(
    `${error instanceof Error ? error.message : String(error)}\nUsage: npm run check [-- --strict] [-- --keep-last-good] [-- --site <services.json URL or file>]   (--strict: warnings fail too; --keep-last-good: check a federated source that cannot be fetched from its last copy; --site: the site a service repository's folder is published on)`,
  );
  process.exit(2);
}

let siteIndex: SiteIndex | undefined;
if (site !== undefined) {
  try {
    siteIndex = await loadSiteIndex(site);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

const started = performance.now();
// Every entry and the files beside the pages (images, SVGs): the build and the dev server run the same checks.
const { entries, findings } = await checkContentAndAssets(process.cwd(), { site: siteIndex });
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
