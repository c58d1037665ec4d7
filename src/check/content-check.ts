/**
 * Validates every content file against its collection's schema and checks
 * references between entries, collecting every problem before reporting.
 * Runs at the start of each build and as `npm run check`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { collectionSources, contentDirectory, entryIdFromPath, type CollectionName } from '../collections.ts';
import { fieldName, type Finding } from '../lib/findings.ts';
import { parseContentFile } from '../lib/frontmatter.ts';
import { checkReferences, single, type CheckedEntry, type ReferenceRule } from '../lib/references.ts';
import { checkServiceIds, serviceReferenceRules } from '../lib/services-references.ts';
import { checkAliases } from '../lib/aliases.ts';
import { lintContentSafety } from '../lib/safety.ts';
import { checkChecklistAnswers } from '../lib/checklist-references.ts';
import { checkSiteLinks } from './site-links.ts';
import { checkAlerts } from '../lib/incidents/alerts.ts';

export const referenceRules: ReferenceRule[] = [
  { from: 'guidance', field: 'owner', to: 'teams', values: single('owner') },
  { from: 'standards', field: 'owner', to: 'teams', values: single('owner') },
  { from: 'services', field: 'owner', to: 'teams', values: single('owner') },
  ...serviceReferenceRules,
  { from: 'checklists', field: 'owner', to: 'teams', values: single('owner') },
];

export interface CheckResult {
  entries: CheckedEntry[];
  findings: Finding[];
}

export async function checkContent(root = process.cwd(), contentDir = contentDirectory()): Promise<CheckResult> {
  const entries: CheckedEntry[] = [];
  const findings: Finding[] = [];
  const sources = new Map<string, string>();
  for (const [collection, source] of Object.entries(collectionSources) as [CollectionName, (typeof collectionSources)[CollectionName]][]) {
    const folder = path.resolve(root, contentDir, source.folder);
    const files = (await glob(source.pattern, { cwd: folder })).sort();
    for (const relative of files) {
      const file = path.relative(root, path.join(folder, relative)).split(path.sep).join('/');
      const text = await readFile(path.join(folder, relative), 'utf8');
      sources.set(file, text);
      findings.push(...lintContentSafety(file, text, /\.ya?ml$/i.test(relative)));
      const parsed = parseContentFile(text, /\.ya?ml$/i.test(relative));
      findings.push(...parsed.syntaxErrors.map((e) => ({ file, line: e.line, message: e.message })));
      if (parsed.data === undefined) continue;
      const result = source.schema.safeParse(parsed.data);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const keys = (issue as { keys?: string[] }).keys;
          // An unknown key's message names the key itself; point at its line.
          const line = parsed.lineOf(keys?.length ? [...issue.path, keys[0]] : issue.path);
          findings.push({ file, line, field: fieldName(issue.path) || undefined, message: issue.message });
        }
        continue;
      }
      entries.push({ collection, id: entryIdFromPath(relative), file, data: result.data as Record<string, unknown>, lineOf: parsed.lineOf });
    }
  }
  findings.push(...checkReferences(entries, referenceRules));
  findings.push(...checkServiceIds(entries.filter((entry) => entry.collection === 'services')));
  findings.push(...(await checkSiteLinks(root, entries.map((entry) => ({ ...entry, source: sources.get(entry.file) ?? '' })))));
  findings.push(...checkAlerts(entries.filter((entry) => entry.collection === 'runbooks')));
  findings.push(...checkAliases(entries.filter((entry) => entry.collection === 'services')));
  findings.push(...checkChecklistAnswers(entries.filter((e) => e.collection === 'checklists'), entries.filter((e) => e.collection === 'services')));
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
