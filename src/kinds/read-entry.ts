/**
 * Reads one content file of a kind: parses its frontmatter (or the whole YAML
 * file) keeping every field's line, runs the content-safety lint and checks it
 * against its kind's schema. This is the one parse of a content file: the
 * content check (`npm run check`, the build's check, the dev server's) and the
 * content loaders (src/kinds/loader.ts, inside Astro) both call it.
 *
 * The result is kept per file, by its text, on globalThis, so the loaders find
 * what the check has already read in any copy of this module (a dev server's
 * restart loads the engine again). A file read again with the same text is not
 * parsed again; a changed file is.
 */
import { entryIdFromPath } from '../collections.ts';
import { kinds, type KindName } from './index.ts';
import { fieldName, type Finding } from '../lib/core/findings.ts';
import { parseContentFile } from '../lib/content/frontmatter.ts';
import type { CheckedEntry } from '../lib/content/references.ts';
import { lintContentSafety } from '../lib/safety/lint.ts';
import { parseMarkdownLinks } from '../lib/links/markdown-links.ts';
import { checkDiagrams } from '../lib/diagrams/check.ts';
import { fileNameProblem } from '../lib/content/file-names.ts';
import { fieldHomes, misplacedFieldMessage } from '../lib/content/field-homes.ts';

/** A file that exists but could not be checked on its own (unreadable, or failing its schema). */
export interface SkippedEntry {
  collection: KindName;
  id: string;
  file: string;
  /** What could be read of it, when anything could. */
  data?: Record<string, unknown>;
}

/** What reading a file gave: an entry that passed on its own, or one left out of checks across files. */
export type ReadResult = ({ entry: CheckedEntry } | { skipped: SkippedEntry }) & {
  findings: Finding[];
  /** Its frontmatter as YAML gives it, before the schema (Astro passes it to the Markdown renderer), and its body. */
  raw: { data: Record<string, unknown>; body?: string };
};

/** One file of a kind, as the check and the loaders list it. */
export interface KindFile {
  collection: KindName;
  /** Path inside the kind's folder (or a source's basename): its id. */
  relative: string;
  absolute: string;
  /** How messages name it: its path from the site's root, or `<repository>@<commit>:<path>` for a federated file. */
  file: string;
  federated: boolean;
}

/** The first line of an error, never its stack. */
export function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

const homes = new Map<unknown, Map<string, string[]>>();
const homesOf = (schema: unknown) => homes.get(schema) ?? homes.set(schema, fieldHomes(schema)).get(schema)!;

function parse(collection: KindName, relative: string, file: string, text: string): ReadResult {
  const id = entryIdFromPath(relative);
  const isData = /\.ya?ml$/i.test(relative);
  const findings: Finding[] = [];
  let data: Record<string, unknown> | undefined;
  let raw: ReadResult['raw'] = { data: {} };
  // A bad name is reported, and the file still checked, but left out of checks across files.
  const badName = fileNameProblem(relative);
  if (badName) findings.push({ file, line: 1, message: badName });
  try {
    findings.push(...lintContentSafety(file, text, isData));
    // Read the links from the parse the lint just made (the link check reuses the result).
    if (!isData) parseMarkdownLinks(text, relative.endsWith('.mdx'));
    if (!isData) findings.push(...checkDiagrams(file, text));
    const parsed = parseContentFile(text, isData);
    findings.push(...[...parsed.syntaxErrors, ...parsed.problems].map((e) => ({ file, ...e })));
    if (parsed.data === undefined) return { skipped: { collection, id, file }, findings, raw };
    data = parsed.data && typeof parsed.data === 'object' ? (parsed.data as Record<string, unknown>) : undefined;
    // A YAML file has no body (as Astro reads it); a page's is what follows its frontmatter.
    raw = { data: data ?? {}, body: isData ? undefined : parsed.body.trim() };
    const schema = kinds[collection].schema;
    const result = schema.safeParse(parsed.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const keys = (issue as { keys?: string[] }).keys;
        // A known field at the wrong level: say where it belongs, from the schema's shape.
        const misplaced = keys?.map((key) => ({ key, message: misplacedFieldMessage(key, issue.path, homesOf(schema)) }));
        if (misplaced?.some((m) => m.message)) {
          const others = issue.message.split('; ');
          misplaced.forEach(({ key, message }, index) => {
            findings.push({ file, line: parsed.lineOf([...issue.path, key]), field: fieldName(issue.path) || undefined, message: message ?? others[index] ?? issue.message });
          });
          continue;
        }
        // An unknown key's message names the key itself; point at its line.
        const line = parsed.lineOf(keys?.length ? [...issue.path, keys[0]] : issue.path);
        findings.push({ file, line, field: fieldName(issue.path) || undefined, message: issue.message });
      }
      return { skipped: { collection, id, file, data }, findings, raw };
    }
    if (badName) return { skipped: { collection, id, file, data }, findings, raw };
    return { entry: { collection, id, file, data: result.data as Record<string, unknown>, lineOf: parsed.lineOf }, findings, raw };
  } catch (error) {
    findings.push({ file, line: 1, message: `could not be read: ${firstLine(error)}. Simplify the file, or ask the site's maintainers for help.` });
    return { skipped: { collection, id, file, data }, findings, raw };
  }
}

interface Read {
  key: string;
  text: string;
  result: ReadResult;
}

const KEY = Symbol.for('ops-manual.read-entries');
const reads = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map()) as Map<string, Read>;

/** How many parses this process has made, of how many files (the build logs them: one parse per file). */
const COUNT = Symbol.for('ops-manual.read-entries.parsed');
const parsedCount = (): number => ((globalThis as Record<symbol, unknown>)[COUNT] as number | undefined) ?? 0;
export function parses(): { files: number; parses: number } {
  return { files: reads.size, parses: parsedCount() };
}

/**
 * Reads one file: parsed and checked once for a given text, whoever asks
 * first. Never throws: a parser that does becomes a finding on the file.
 */
export function readEntry(source: Omit<KindFile, 'federated'>, text: string): ReadResult {
  const key = `${source.collection}\n${source.relative}\n${source.file}`;
  const known = reads.get(source.absolute);
  if (known && known.key === key && known.text === text) return known.result;
  const result = parse(source.collection, source.relative, source.file, text);
  (globalThis as Record<symbol, unknown>)[COUNT] = parsedCount() + 1;
  reads.set(source.absolute, { key, text, result });
  return result;
}

/** Forgets a file that is gone (the dev server's loaders, on unlink). */
export function forgetEntry(absolute: string): void {
  reads.delete(absolute);
}
