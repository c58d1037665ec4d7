/**
 * `ops-manual <command>`: the engine's commands, run in a site's folder. Each
 * command is one script; the site's npm scripts (`npm run check`, …) are
 * aliases of these, so every documented command works both ways.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ENGINE = path.resolve(import.meta.dirname, '../..');
// The engine's own files (templates) are found from here, wherever a site installed it (src/engine-root.ts).
process.env.OPS_MANUAL_ENGINE ??= ENGINE;
const { version } = JSON.parse(readFileSync(path.join(ENGINE, 'package.json'), 'utf8')) as { version: string };

interface Command {
  /** The words that name it, such as ['new', 'service']. */
  words: string[];
  /** The script that runs it, relative to the engine. */
  script: string;
  summary: string;
  /** Takes a content folder as its first argument (sets the site's content folder). */
  contentFolderArgument?: boolean;
}

const COMMANDS: Command[] = [
  { words: ['init'], script: 'src/cli/init.ts', summary: 'init <folder>            start a new site in <folder> (--with-guidance adds the standard guidance and checklists)' },
  { words: ['build'], script: 'src/cli/build.ts', summary: 'build                    build the site through every gate, then its search index (options go to astro build)' },
  { words: ['check'], script: 'scripts/check.ts', summary: 'check [content-folder]   check every content file, reference and link (--strict: warnings fail too; a service repository\'s docs/manual folder too, with --site <services.json>; --keep-last-good)', contentFolderArgument: true },
  { words: ['test'], script: 'src/cli/test.ts', summary: "test                     the site's tests: the content check, then a build through every gate and the page budgets" },
  { words: ['new', 'service'], script: 'scripts/new-service.ts', summary: 'new service "Name"       a new service manual from the template (--owner team-id, --id service-id)' },
  { words: ['review-report'], script: 'scripts/review-report.ts', summary: 'review-report            pages and run books due for review, by team (--help for options)' },
  { words: ['import', 'tech-docs'], script: 'scripts/import-tech-docs.ts', summary: 'import tech-docs <path>  convert a GOV.UK Technical Documentation Template site' },
  { words: ['schemas'], script: 'scripts/editor-schemas.ts', summary: "schemas [--check]        write the editors' JSON Schemas for content files" },
  { words: ['migrate'], script: 'src/cli/migrate.ts', summary: 'migrate [--dry-run]      rewrite content files whose format has changed since they were written' },
];

function usage(): string {
  return [`ops-manual ${version}`, '', 'Usage: ops-manual <command> [options]', '', ...COMMANDS.map((command) => `  ${command.summary}`), '', 'Run it in your site\'s folder, or through the npm scripts: npm run check, npm test, …'].join('\n');
}

const args = process.argv.slice(2);
if (args.length === 0 || args[0] === 'help' || args[0] === '--help' || args[0] === '-h') {
  console.log(usage());
  process.exit(args.length === 0 ? 2 : 0);
}
if (args[0] === '--version' || args[0] === '-v') {
  console.log(version);
  process.exit(0);
}

const command = COMMANDS.find((candidate) => candidate.words.every((word, index) => args[index] === word));
if (!command) {
  console.error(`ops-manual: there is no command "${args.slice(0, 2).join(' ')}".\n\n${usage()}`);
  process.exit(2);
}
const rest = args.slice(command.words.length);
if (command.contentFolderArgument && rest[0] && !rest[0].startsWith('-')) {
  // Set before the engine loads: the site's settings are read from its content folder.
  process.env.OPS_MANUAL_CONTENT = rest.shift()!.replace(/\/+$/, '');
}
// Each script reads its own options from process.argv, as it does when run on its own.
process.argv = [process.argv[0]!, path.join(ENGINE, command.script), ...rest];
await import(pathToFileURL(path.join(ENGINE, command.script)).href);
