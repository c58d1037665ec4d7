/**
 * Validates every content file against its collection's schema and checks
 * references between entries, collecting every problem before reporting.
 * Runs at the start of each build and as `npm run check`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentDirectory, entryIdFromPath } from '../collections.ts';
import { kindList, referenceRules, type KindName } from '../kinds/index.ts';
import type { Finding } from '../lib/core/findings.ts';
import { checkReferences, type CheckedEntry } from '../lib/content/references.ts';
import { checkExampleDependencies, checkSelfDependencies, checkServiceIds } from '../lib/services/references.ts';
import { checkFutureDates } from '../lib/review/future.ts';
import { calendarDay } from '../lib/core/dates.ts';
import { checkAliases } from '../lib/services/aliases.ts';
import { parseMarkdownLinks } from '../lib/links/markdown-links.ts';
import { checkChecklistAnswers, checkDerivedFrom } from '../lib/checklists/references.ts';
import { checkSiteLinks } from './site-links.ts';
import { checkConflicts } from '../lib/checklists/readiness/conflicts.ts';
import { buildToday } from '../data/today.ts';
import { loadSettings, settings } from '../settings.ts';
import { checkAlerts } from '../lib/incidents/alerts.ts';
import { migrationFindings, type ContentFile } from '../lib/migrations/migrations.ts';
import { siteSources } from '../lib/sources/site.ts';
import { inServiceRepository, isServiceRepositoryFolder, type SiteIndex } from './service-repository.ts';
import { kindFiles } from '../kinds/files.ts';
import { firstLine, readEntry, type SkippedEntry } from '../kinds/read-entry.ts';

export interface CheckResult {
  entries: CheckedEntry[];
  findings: Finding[];
}

/**
 * A page left out of the checks across files still has its body read, so a
 * Markdown or MDX syntax error is reported now, not after the schema is fixed.
 */
function bodySyntaxErrors(relative: string, file: string, text: string): Finding[] {
  if (!/\.mdx?$/i.test(relative)) return [];
  try {
    const { error } = parseMarkdownLinks(text, /\.mdx$/i.test(relative));
    return error ? [{ file, line: error.line, message: error.message }] : [];
  } catch (error) {
    return [{ file, line: 1, message: `could not be read: ${firstLine(error)}. Simplify the file, or ask the site's maintainers for help.` }];
  }
}

/**
 * A service or run book id already used by another file (local or from another
 * source): an error on the later file, naming both. Records the id otherwise.
 */
function idClash(places: Map<string, string>, collection: KindName, id: string, file: string, noun: string): Finding | undefined {
  const key = `${collection}\n${id}`;
  const first = places.get(key);
  if (first === undefined) {
    places.set(key, file);
    return undefined;
  }
  return {
    file,
    line: 1,
    message: `${noun} id \`${id}\` is also used by ${first}: each id names one ${noun}, so rename one of the two files (or remove one source from sources.yaml)`,
  };
}

export interface CheckOptions {
  /** A published site's services.json (`ops-manual check <folder> --site …`), for a service repository's folder. */
  site?: SiteIndex;
}

export async function checkContent(root = process.cwd(), contentDir = contentDirectory(), options: CheckOptions = {}): Promise<CheckResult> {
  const entries: CheckedEntry[] = [];
  const skipped: SkippedEntry[] = [];
  // The settings of the content being checked (a command may check another site's folder).
  const siteSettings = loadSettings(root, contentDir, process.env);
  const findings: Finding[] = [...siteSettings.findings];
  const sources = new Map<string, string>();
  const contentFiles: ContentFile[] = [];
  // Federated sources first (content/sources.yaml): their manuals and run books are checked with the local ones.
  const federated = await siteSources(root, contentDir);
  findings.push(...federated.findings);
  const places = new Map<string, string>();
  // A service repository's manual folder (src/check/service-repository.ts): its pages are the services, runbooks/ the run books.
  const repositoryFolder = isServiceRepositoryFolder(path.resolve(root, contentDir));
  for (const { name: collection, ...source } of kindList) {
    if (repositoryFolder && !source.federated) continue;
    // The files the content loaders read, listed the same way.
    const files = await kindFiles(collection, root, contentDir, repositoryFolder && collection === 'services' ? '.' : undefined);
    const kind = source.federated;
    // Read together, checked in order: the findings keep the same order on every run.
    const texts = await Promise.allSettled(files.map(({ absolute }) => readFile(absolute, 'utf8')));
    for (const [index, { relative, absolute, file, federated: isFederated }] of files.entries()) {
      const read = texts[index]!;
      if (read.status === 'rejected') {
        const error = read.reason as NodeJS.ErrnoException;
        // Gone since it was listed (renamed while the dev server checks): the next change checks again.
        if (error.code === 'ENOENT') continue;
        findings.push({ file, line: 1, message: `could not be read: ${firstLine(error)}` });
        continue;
      }
      const text = read.value;
      sources.set(file, text);
      if (!isFederated) contentFiles.push({ relative: `${source.folder}/${relative}`, text });
      // The one parse of the file: the build's loaders find it here and do not parse it again.
      const result = readEntry({ collection, relative, absolute, file }, text);
      findings.push(...result.findings);
      // Sources are rendered as Markdown only: an MDX file's components would be code from outside the site.
      if (isFederated && /\.mdx$/i.test(relative)) findings.push({ file, line: 1, message: 'is MDX: a manual or run book from a service repository must be plain Markdown, so rename it to .md (callouts such as > [!WARNING] work in .md)' });
      const clash = kind && federated.sources.length ? idClash(places, collection, entryIdFromPath(relative), file, source.noun) : undefined;
      if (clash) findings.push(clash);
      if ('entry' in result && !clash) entries.push(result.entry);
      else if ('entry' in result) skipped.push({ collection, id: result.entry.id, file, data: result.entry.data });
      else {
        skipped.push(result.skipped);
        findings.push(...bodySyntaxErrors(relative, file, text));
      }
    }
  }
  // Files in a format the engine has since changed: say what to run.
  findings.push(...migrationFindings(contentFiles, (relative) => path.relative(root, path.resolve(root, contentDir, relative)).split(path.sep).join('/')));
  // Checks across files judge only the files that passed on their own: one mistake, one error.
  const across: [string, () => Finding[] | Promise<Finding[]>][] = [
    ['references', () => checkReferences(entries, referenceRules, skipped)],
    ['service ids', () => checkServiceIds(entries.filter((entry) => entry.collection === 'services'))],
    ['self-dependencies', () => checkSelfDependencies(entries.filter((entry) => entry.collection === 'services'))],
    ['example dependencies', () => checkExampleDependencies(entries.filter((entry) => entry.collection === 'services'))],
    ['review dates', () => checkFutureDates(entries, calendarDay(new Date()))],
    ['links', () => checkSiteLinks(root, entries.map((entry) => ({ ...entry, source: sources.get(entry.file) ?? '' })), skipped, siteSettings.links)],
    ['alerts', () => checkAlerts(entries.filter((entry) => entry.collection === 'runbooks'))],
    ['aliases', () => checkAliases(entries.filter((entry) => entry.collection === 'services'))],
    [
      'checklist answers',
      () =>
        checkChecklistAnswers(
          entries.filter((e) => e.collection === 'checklists'),
          entries.filter((e) => e.collection === 'services'),
          skipped.filter((e) => e.collection === 'checklists').map((e) => e.id),
        ),
    ],
    ['derived checks', () => checkDerivedFrom(entries.filter((e) => e.collection === 'checklists'))],
    // Answers the service's own manual disagrees with: warnings only.
    ['conflicts', () => checkConflicts(entries, { ...settings.operations, today: buildToday() })],
  ];
  // In a service repository, what only the site can settle is judged against its services.json, or warned about.
  const settledBySite = new Set(['references', 'links', 'checklist answers', 'conflicts']);
  for (const [name, check] of across) {
    try {
      const found = await check();
      findings.push(...(repositoryFolder && settledBySite.has(name) ? inServiceRepository(found, options.site) : found));
    } catch (error) {
      // A bug in the check, not in the content: say so plainly, and still fail.
      findings.push({ file: contentDir, line: 1, message: `could not be checked for ${name}: ${firstLine(error)}. This is a fault in the check: please report it.` });
    }
  }
  return { entries, findings };
}

let buildCheck: Promise<CheckResult> | undefined;

/**
 * A build needs the check twice (before content loads, and to map built pages
 * back to their sources when checking links); one build reads the content once.
 */
export function checkContentForBuild(): Promise<CheckResult> {
  buildCheck ??= checkContent();
  return buildCheck;
}
