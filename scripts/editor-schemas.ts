/**
 * `npm run schemas [-- --check]`: JSON Schemas for each kind's (src/kinds/)
 * frontmatter, for editors (.vscode/settings.json wires them up).
 *
 * `astro sync` writes Astro's own schema for every collection to
 * .astro/collections/<name>.schema.json (Zod's toJSONSchema on the input
 * shape). This copies them to schemas/json/ with a title. They depend on the
 * schemas in src/schemas/ only, never on content, so a pull request that adds
 * a team, service or run book never needs to regenerate them.
 * With --check it writes nothing and fails when a committed file is stale
 * (tests/build/generated-files.test.ts runs it, so npm test fails too).
 * --dir <folder> reads or writes another folder than schemas/json/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { kindList } from '../src/kinds/index.ts';
import { editorSchema, serialise, type JsonSchema } from '../src/lib/content/editor-schemas.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, dir: { type: 'string' } } });
const OUT = path.resolve(values.dir ?? path.join(ROOT, 'schemas/json'));
const check = values.check;

const sync = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
  cwd: ROOT,
  encoding: 'utf8',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (sync.status !== 0) {
  console.error(`astro sync failed, so the schemas were not made:\n${sync.stdout}\n${sync.stderr}`);
  process.exit(1);
}

const stale: string[] = [];
for (const { name, ...source } of kindList) {
  const generated = path.join(ROOT, '.astro/collections', `${name}.schema.json`);
  if (!existsSync(generated)) {
    console.error(`astro sync did not write ${path.relative(ROOT, generated)}: is the ${name} collection's schema a Zod object?`);
    process.exit(1);
  }
  const schema = editorSchema(JSON.parse(await readFile(generated, 'utf8')) as JsonSchema, {
    title: `Frontmatter of a ${source.noun}`,
    description: `A file in content/${source.folder}/ matching ${source.pattern}.`,
  });
  const file = path.join(OUT, `${name}.schema.json`);
  const text = serialise(schema);
  if (check) {
    if (!existsSync(file) || (await readFile(file, 'utf8')) !== text) stale.push(path.relative(ROOT, file));
  } else {
    await mkdir(OUT, { recursive: true });
    await writeFile(file, text);
    console.log(`Wrote ${path.relative(ROOT, file)}`);
  }
}
if (stale.length) {
  console.error(`These editor schemas are out of date: ${stale.join(', ')}.\nThey change only when a schema in src/schemas/ changes: run npm run schemas and commit the result.`);
  process.exit(1);
}
if (check) console.log('The editor schemas in schemas/json/ are up to date.');
