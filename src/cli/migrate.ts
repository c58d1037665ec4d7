/**
 * `ops-manual migrate [--dry-run]`: rewrites content files whose format has
 * changed (src/lib/migrations/), then says what it changed. Run it after
 * updating the engine, then `npm run check`.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { glob } from 'tinyglobby';
import { contentDirectory } from '../site-folders.ts';
import { pendingRewrites } from '../lib/migrations/migrations.ts';

const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } });
const contentDir = contentDirectory();
const files = (await glob('**/*.{md,mdx,yaml,yml}', { cwd: contentDir })).sort().map((relative) => ({ relative, text: readFileSync(path.join(contentDir, relative), 'utf8') }));
const pending = pendingRewrites(files);
if (pending.length === 0) {
  console.log(`Every file in ${contentDir}/ is in the current format: nothing to change.`);
  process.exit(0);
}
for (const { migration, rewrite } of pending) {
  const from = path.join(contentDir, rewrite.from);
  const to = path.join(contentDir, rewrite.to);
  console.log(`${values['dry-run'] ? 'Would change' : 'Changed'} ${from}${to === from ? '' : ` → ${to}`}: ${migration.summary}`);
  if (values['dry-run']) continue;
  if (to !== from) renameSync(from, to);
  writeFileSync(to, rewrite.text);
}
console.log(values['dry-run'] ? '\nNothing was written (--dry-run).' : '\nNow run npm run check.');
