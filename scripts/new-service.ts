/**
 * `npm run new:service -- "Service name" [--owner team-id] [--id service-id]`:
 * copies templates/service.md to content/services/<id>.md with the name,
 * owner and today's date filled in, and checks the result is valid.
 * Today is OPS_MANUAL_TODAY or SOURCE_DATE_EPOCH when set (for tests), else the clock.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDirectory, entryIdFromPath } from '../src/collections.ts';
import { formatIsoDate } from '../src/lib/core/dates.ts';
import { parseContentFile } from '../src/lib/content/frontmatter.ts';
import { serviceIdFromName, setTemplateFields } from '../src/lib/services/template-fields.ts';
import { didYouMean } from '../src/lib/core/suggest.ts';
import { resolveToday } from '../src/lib/core/today.ts';
import { serviceSchema } from '../src/schemas/service.ts';
import { serviceTemplate } from '../src/data/service-template.ts';

const USAGE = 'Usage: npm run new:service -- "Service name" [--owner team-id] [--id service-id]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { owner: { type: 'string' }, id: { type: 'string' } } });
const name = positionals.join(' ').trim();
if (!name) fail('Give the service name, in quotes.');

const contentDir = contentDirectory();
const template = serviceTemplate();
const id = values.id ?? serviceIdFromName(name);
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) fail(`Cannot make an id from "${name}": give one with --id, such as --id my-service.`);

const teamsDir = path.join(contentDir, 'teams');
const teams = existsSync(teamsDir) ? readdirSync(teamsDir).filter((file) => /\.ya?ml$/i.test(file)).map(entryIdFromPath) : [];
const owner = values.owner ?? parseContentFile(template, false).data?.['owner' as never];
if (typeof owner !== 'string' || !teams.includes(owner)) {
  fail(`There is no team \`${owner}\` in ${teamsDir}/.${didYouMean(String(owner), teams)} Known teams: ${teams.join(', ') || 'none'}. Add a file for your team there, or pick one with --owner.`);
}

const target = path.join(contentDir, 'services', `${id}.md`);
if (existsSync(target)) fail(`${target} already exists: choose another name, or give an id with --id.`);

const today = resolveToday({ env: process.env, latestCommitDate: () => new Date().toISOString() }).date;
const text = setTemplateFields(template, { name, owner, lastReviewed: formatIsoDate(today) });

// The template is tested against the schema; check this copy too, so a broken file is never written.
const result = serviceSchema.safeParse(parseContentFile(text, false).data);
if (!result.success) fail(`The new file would not be valid: ${result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);

writeFileSync(target, text);
console.log(`Created ${target}\nFill in what you know and leave the rest empty: the page shows gaps as "Not documented yet".\nPreview it with npm run dev, at /services/${id}/.`);
