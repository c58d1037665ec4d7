/**
 * `npm run import:tech-docs -- <path-to-site> [options]`: converts a GOV.UK
 * Technical Documentation Template site's Markdown pages into guidance
 * entries (and team files for their owners), then lists everything it could
 * not convert with file and line. The conversion itself is src/importers/tech-docs/.
 *
 * Options:
 *   --out <folder>     content folder to write into (default: content)
 *   --public <folder>  where images and files that pages link to are copied (default: public/ beside --out)
 *   --section <id>     section for the pages at the top of source/ (default: from config/tech-docs.yml service_name)
 *   --owner <team-id>  owner for pages without owner_slack (default: a placeholder team is created)
 *   --today <date>     YYYY-MM-DD for pages without last_reviewed_on (default: SOURCE_DATE_EPOCH, else today)
 *   --force            overwrite files that already exist
 *   --dry-run          report only; write nothing
 */
import { existsSync, statSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { glob } from 'tinyglobby';
import { parse } from 'yaml';
import { formatReport } from '../src/lib/core/findings.ts';
import { formatIsoDate, parseIsoDate } from '../src/lib/core/dates.ts';
import { importTechDocs, type ExistingTeam, type SourceFile } from '../src/importers/tech-docs/convert.ts';
import { isPage, isPartial, slugSegment } from '../src/importers/tech-docs/paths.ts';

function fail(message: string): never {
  console.error(`import:tech-docs: ${message}`);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'content' },
    public: { type: 'string' },
    section: { type: 'string' },
    owner: { type: 'string' },
    today: { type: 'string' },
    force: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
  },
});
if (positionals.length !== 1) fail('give the path to one tech-docs site, such as: npm run import:tech-docs -- ../my-tech-docs');
const site = path.resolve(positionals[0]);
if (!existsSync(path.join(site, 'source')) || !statSync(path.join(site, 'source')).isDirectory()) {
  fail(`${positionals[0]} has no source/ folder: give the folder that holds config/tech-docs.yml and source/`);
}
const out = path.resolve(values.out);
const publicDir = path.resolve(values.public ?? path.join(path.dirname(out), 'public'));

/** The site's data/*.yml, *.yaml and *.json files, as `data.<name>` (folders nest: data/a/b.yml is data.a.b). */
async function siteData(): Promise<Record<string, unknown>> {
  const data: Record<string, unknown> = {};
  for (const file of (await glob('data/**/*.{yml,yaml,json}', { cwd: site })).sort()) {
    const text = await readFile(path.join(site, file), 'utf8');
    let value: unknown;
    try {
      value = file.endsWith('.json') ? JSON.parse(text) : parse(text);
    } catch (error) {
      console.error(`import:tech-docs: ${path.join(positionals[0], file)} could not be read, so ERB that uses it stays a TODO: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    const keys = file.replace(/^data\//, '').replace(/\.(ya?ml|json)$/, '').split('/');
    let into = data;
    for (const key of keys.slice(0, -1)) into = (into[key] ??= {}) as Record<string, unknown>;
    into[keys.at(-1)!] = value;
  }
  return data;
}

/** The import date, injectable so a re-run gives the same files. */
function importDate(): string {
  if (values.today) return parseIsoDate(values.today) ? values.today : fail(`--today ${values.today} is not a date written YYYY-MM-DD`);
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return formatIsoDate(Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date());
}

async function homeSection(): Promise<string> {
  if (values.section) return slugSegment(values.section) === values.section ? values.section : fail(`--section ${values.section} must be lower-case words joined by hyphens, such as team-docs`);
  const config = path.join(site, 'config/tech-docs.yml');
  const serviceName = existsSync(config) ? (parse(await readFile(config, 'utf8')) as { service_name?: unknown } | null)?.service_name : undefined;
  return slugSegment(typeof serviceName === 'string' ? serviceName : path.basename(site)) || 'imported';
}

async function existingTeams(): Promise<ExistingTeam[]> {
  const folder = path.join(out, 'teams');
  const files = existsSync(folder) ? await glob('*.{yaml,yml}', { cwd: folder }) : [];
  return Promise.all(
    files.sort().map(async (file) => {
      const data = parse(await readFile(path.join(folder, file), 'utf8')) as { contact?: unknown } | null;
      return { id: file.replace(/\.ya?ml$/, ''), contact: typeof data?.contact === 'string' ? data.contact : '' };
    }),
  );
}

const teams = await existingTeams();
if (values.owner && !teams.some((team) => team.id === values.owner)) {
  fail(`--owner ${values.owner} is not a team in ${path.relative(process.cwd(), out) || '.'}/teams/. Known: ${teams.map((t) => t.id).join(', ') || 'none'}`);
}

const sources: SourceFile[] = [];
for (const file of (await glob('source/**/*', { cwd: site, dot: false })).sort()) {
  const readable = isPage(file) || isPartial(file);
  sources.push({ path: file, text: readable ? await readFile(path.join(site, file), 'utf8') : '' });
}

const result = importTechDocs(sources, { homeSection: await homeSection(), teams, defaultOwner: values.owner, today: importDate(), data: await siteData() });
const shown = (file: string) => path.relative(process.cwd(), path.join(out, file));

const existing = [
  ...result.files.filter((file) => existsSync(path.join(out, file.path))).map((f) => shown(f.path)),
  ...result.assets.filter((asset) => existsSync(path.join(publicDir, asset.to))).map((a) => path.relative(process.cwd(), path.join(publicDir, a.to))),
];
if (existing.length && !values.force && !values['dry-run']) {
  fail(`these files already exist, so nothing was written (use --force to overwrite):\n${existing.map((f) => `  ${f}`).join('\n')}`);
}
if (!values['dry-run']) {
  for (const file of result.files) {
    await mkdir(path.dirname(path.join(out, file.path)), { recursive: true });
    await writeFile(path.join(out, file.path), file.text);
  }
  for (const asset of result.assets) {
    await mkdir(path.dirname(path.join(publicDir, asset.to)), { recursive: true });
    await copyFile(path.join(site, asset.from), path.join(publicDir, asset.to));
  }
}

const pages = result.files.filter((file) => file.path.startsWith('guidance/')).length;
const teamFiles = result.files.length - pages;
console.log(`${values['dry-run'] ? 'Would write' : 'Wrote'} ${pages} guidance pages and ${teamFiles} team files into ${path.relative(process.cwd(), out) || '.'}/:`);
for (const file of result.files) console.log(`  ${shown(file.path)}${file.from ? ` (from ${file.from})` : ''}`);
if (result.assets.length) {
  console.log(`${values['dry-run'] ? 'Would copy' : 'Copied'} ${result.assets.length} file${result.assets.length === 1 ? '' : 's'} that pages link to into ${path.relative(process.cwd(), publicDir) || '.'}/:`);
  for (const asset of result.assets) console.log(`  ${path.relative(process.cwd(), path.join(publicDir, asset.to))} (from ${asset.from})`);
}
if (result.findings.length) {
  const findings = result.findings.map((finding) => ({ ...finding, file: path.relative(process.cwd(), path.join(site, finding.file)) }));
  console.log(`\nCheck these by hand: what could not be converted stays in the page as written, or is listed here.\n${formatReport(findings)}`);
}
if (result.notConverted.length) {
  console.error(`\n${result.notConverted.length} page${result.notConverted.length === 1 ? ' was' : 's were'} not converted: fix the problems above and import again.`);
  process.exitCode = 1;
}
console.log('\nNext: run npm run check, then npm run dev to read the pages.');
