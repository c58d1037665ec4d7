/**
 * `ops-manual init <folder>`: starts a department's own site in a new folder.
 * The site holds only its settings, content and brand assets; the engine is a
 * dependency, so an update is a version change in package.json.
 *
 * Options:
 *   --engine <spec>       what package.json depends on (default: the engine this ran from)
 *   --name <text>         the site's name (default: "Operations manual")
 *   --organisation <text> who publishes it
 *   --team <text>         the first team's name (default: "Service team")
 *   --with-guidance       also copy the standard guidance, Service Standard page and checklists, with their credits
 *   --force               write into a folder that already has files
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { parseContentFile } from '../lib/content/frontmatter.ts';
import { loadSettings } from '../settings.ts';
import { GUIDANCE_CONTENT } from '../site-folders.ts';
import { serviceIdFromName, setTemplateFields } from '../lib/services/template-fields.ts';
import { templateWithSeverities } from '../lib/incidents/severity.ts';
import { formatIsoDate } from '../lib/core/dates.ts';
import { resolveToday } from '../lib/core/today.ts';

const ENGINE = path.resolve(import.meta.dirname, '../..');
const USAGE = 'Usage: npx ops-manual init <folder> [--name "Site name"] [--organisation "Who publishes it"] [--team "Team name"] [--with-guidance] [--engine <spec>] [--force]';

// `--with-guidance` (GUIDANCE_CONTENT) names no page or team: the incident page is the reference site's own
// setting, kept when that page comes along.

const ENGINE_CONTENT = path.join(ENGINE, 'content');

/** The engine's guidance folders that exist, the team files their pages name as owner, and the incident page if it comes along. */
function engineGuidance(): { folders: string[]; teams: string[]; incidentPage?: string } {
  const folders = GUIDANCE_CONTENT.filter((folder) => existsSync(path.join(ENGINE_CONTENT, folder)));
  if (folders.length === 0) fail(`this copy of the engine has no guidance to add (no ${GUIDANCE_CONTENT.join(', ')} in ${ENGINE_CONTENT}).`);
  const files = folders.flatMap((folder) => (readdirSync(path.join(ENGINE_CONTENT, folder), { recursive: true }) as string[]).map((file) => path.join(folder, file)));
  // Each page's owner, read as the content check reads it.
  const owners = new Set(
    files
      .filter((file) => /\.(mdx?|ya?ml)$/.test(file))
      .map((file) => (parseContentFile(readFileSync(path.join(ENGINE_CONTENT, file), 'utf8'), /\.ya?ml$/.test(file)).data as { owner?: unknown } | undefined)?.owner)
      .filter((owner): owner is string => typeof owner === 'string'),
  );
  const teamFiles = existsSync(path.join(ENGINE_CONTENT, 'teams')) ? readdirSync(path.join(ENGINE_CONTENT, 'teams')) : [];
  const teams = teamFiles.filter((file) => owners.has(file.replace(/\.ya?ml$/, ''))).sort();
  const { incidentPage } = loadSettings(ENGINE, 'content').settings;
  const comesAlong = typeof incidentPage === 'string' && incidentPage.startsWith('/guidance/') && ['.md', '.mdx', '/index.md', '/index.mdx'].some((ending) => existsSync(path.join(ENGINE_CONTENT, `${incidentPage.replace(/\/$/, '')}${ending}`)));
  return { folders, teams, ...(comesAlong ? { incidentPage } : {}) };
}

function fail(message: string): never {
  console.error(`ops-manual init: ${message}\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      engine: { type: 'string' },
      name: { type: 'string', default: 'Operations manual' },
      organisation: { type: 'string', default: 'Your organisation' },
      team: { type: 'string', default: 'Service team' },
      'with-guidance': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const { values, positionals } = parsed;
if (positionals.length !== 1) fail('give the folder to create the site in.');
const target = path.resolve(positionals[0]!);
if (existsSync(target) && readdirSync(target).length > 0 && !values.force) fail(`${target} already has files in it: choose a new folder, or add --force.`);

const engineManifest = JSON.parse(readFileSync(path.join(ENGINE, 'package.json'), 'utf8')) as { name: string; version: string; dependencies: Record<string, string>; devDependencies?: Record<string, string>; allowScripts: Record<string, boolean> };

/** The engine this ran from: a copy in node_modules is the published version; a checkout is its folder. */
function defaultEngineSpec(): string {
  const installed = ENGINE.split(path.sep).includes('node_modules');
  return installed ? `^${engineManifest.version}` : `file:${ENGINE}`;
}

const write = (relative: string, text: string) => {
  const file = path.join(target, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};
const template = (relative: string) => readFileSync(path.join(ENGINE, 'templates/site', relative), 'utf8');
const fill = (text: string) => text.replaceAll('{{name}}', values.name).replaceAll('{{organisation}}', values.organisation).replaceAll('{{engineHome}}', 'https://www.npmjs.com/package/ops-manual');

const packageName = serviceIdFromName(path.basename(target)) || 'operations-manual';
const manifest = {
  name: packageName,
  version: '0.1.0',
  private: true,
  type: 'module',
  scripts: {
    dev: 'astro dev',
    build: 'ops-manual build',
    preview: 'astro preview',
    check: 'ops-manual check',
    test: 'ops-manual test',
    'new:service': 'ops-manual new service',
    'review:report': 'ops-manual review-report',
  },
  dependencies: {
    astro: engineManifest.dependencies.astro,
    'ops-manual': values.engine ?? defaultEngineSpec(),
  },
  devDependencies: {
    // The Node.js the engine is tested on, as a package: no other install needed.
    node: engineManifest.devDependencies?.node ?? engineManifest.dependencies.node,
  },
  // The install scripts the engine needs (Node.js and esbuild fetch their binaries from the registry), and no others.
  allowScripts: engineManifest.allowScripts,
};
write('package.json', `${JSON.stringify(manifest, null, 2)}\n`);
if (manifest.dependencies['ops-manual'].startsWith('file:')) {
  // npm links a folder by default, leaving the engine's dependencies (Astro, Sass) in the engine's folder where the
  // site's build cannot find them; installed as a copy, they sit in the site's node_modules as from the registry.
  write('.npmrc', '# The engine is a folder on this machine (ops-manual init --engine): install it as a copy, as from the registry.\ninstall-links=true\n');
}
write('astro.config.mjs', template('astro.config.mjs'));
write('src/content.config.ts', template('src/content.config.ts'));
write('.gitignore', template('gitignore'));
write('README.md', fill(template('README.md')));
for (const workflow of ['pull-request.yml', 'deploy.yml']) write(`.github/workflows/${workflow}`, template(`github/workflows/${workflow}`));
write('public/favicon.svg', template('public/favicon.svg'));
write('public/_headers', readFileSync(path.join(ENGINE, 'public/_headers'), 'utf8'));

const teamId = serviceIdFromName(values.team) || 'service-team';
write(
  `content/teams/${teamId}.yaml`,
  `# A team: the id is the file name (${teamId}). Services, run books and pages name their owner by it.\n${stringify({ name: values.team, description: `Runs services for ${values.organisation}.`, contact: 'Write the team\'s shared mailbox or channel here' }, { lineWidth: 0 })}`,
);

const settings: Record<string, unknown> = {
  name: values.name,
  description: `How ${values.organisation} runs its services: a manual for every service, run books and readiness checklists.`,
  organisation: values.organisation,
  phase: 'beta',
  operations: { severityLevels: ['P1', 'P2', 'P3'], runbookTestPeriod: '6 months' },
};
const guidance = values['with-guidance'] ? engineGuidance() : undefined;
if (guidance?.incidentPage) settings.incidentPage = guidance.incidentPage;
write(
  'content/settings.yaml',
  [
    '# The site\'s settings. Every field is optional: see the ops-manual docs, "Site settings".',
    '# Add repositoryUrl (such as https://github.com/your-org/ops-manual) to show "Edit this page" and "Report a problem" links.',
    '# Add navigation (a list of label and path) to choose the header links; without it, every part of the site with content is linked.',
    stringify(settings, { lineWidth: 0 }),
  ].join('\n'),
);

// The first service manual, from the template, owned by the new team.
const today = formatIsoDate(resolveToday({ env: process.env, latestCommitDate: () => new Date().toISOString() }).date);
const serviceTemplate = templateWithSeverities(readFileSync(path.join(ENGINE, 'templates/service.md'), 'utf8'), ['P1', 'P2', 'P3']);
write('content/services/your-first-service.md', setTemplateFields(serviceTemplate, { name: 'Your first service', owner: teamId, lastReviewed: today }));

if (guidance) {
  for (const folder of guidance.folders) cpSync(path.join(ENGINE_CONTENT, folder), path.join(target, 'content', folder), { recursive: true });
  for (const team of guidance.teams) cpSync(path.join(ENGINE_CONTENT, 'teams', team), path.join(target, 'content', 'teams', team));
}

const relative = path.relative(process.cwd(), target);
const shown = relative && !relative.startsWith('..') ? relative : target;
console.log(`Created a new operations manual in ${shown}${values['with-guidance'] ? ', with the standard guidance and checklists' : ''}.

Next:
  cd ${shown}
  npm install && npm run build
  npm test

Then edit content/settings.yaml, rename content/services/your-first-service.md and fill it in.`);
