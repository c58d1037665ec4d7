/**
 * A site's federated sources, fetched once per process and shared by
 * everything that reads content: the content check (build, `npm run check`,
 * the dev server), the content loaders and the pages. Without a
 * `content/sources.yaml` nothing here runs and nothing changes.
 *
 * The build's integration (with the content loaders it makes) and the page
 * code are bundled separately (each gets its own copy of this module), so the
 * fetched sources are kept on globalThis, under one key, for all of them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../core/findings.ts';
import { editFileUrl } from '../links/edit-and-report-links.ts';
import { fetchSources, SourcesFetchError, type FetchedSource, type SourceFile } from './fetch.ts';
import { parseSources } from './parse.ts';
import { contentDirectory } from '../../site-folders.ts';

export interface SiteSources {
  sources: FetchedSource[];
  /** Problems in sources.yaml and sources that could not be fetched: the check reports them. */
  findings: Finding[];
}

/** A file from a federated source. */
export interface FederatedFile {
  source: FetchedSource;
  file: SourceFile;
  /** Absolute path of the local copy. */
  absolute: string;
  /** How messages name it: `<repository>@<short commit>:<path in the repository>`. */
  label: string;
}

const KEY = Symbol.for('ops-manual.federated-sources');
type Store = Map<string, Promise<SiteSources>>;
const store = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map()) as Store;

/** content/sources.yaml of the content folder, relative to `root`. */
export function sourcesFilePath(root: string, contentDir: string): string {
  return path.resolve(root, contentDir, 'sources.yaml');
}

export function hasSources(root: string, contentDir: string): boolean {
  return existsSync(sourcesFilePath(root, contentDir));
}

/**
 * Where fetched copies are kept between builds (a CI cache): OPS_MANUAL_SOURCES_CACHE,
 * else `sources/` in the build's cache folder (OPS_MANUAL_CACHE_DIR), else node_modules/.cache/ops-manual/sources.
 */
export function sourcesCacheDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.OPS_MANUAL_SOURCES_CACHE) return path.resolve(root, env.OPS_MANUAL_SOURCES_CACHE);
  if (env.OPS_MANUAL_CACHE_DIR) return path.resolve(root, env.OPS_MANUAL_CACHE_DIR, 'ops-manual-sources');
  return path.join(root, 'node_modules/.cache/ops-manual/sources');
}

/** `--keep-last-good` on the command line (astro build passes it through in process.argv) or OPS_MANUAL_KEEP_LAST_GOOD=1. */
export function keepLastGoodRequested(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): boolean {
  return argv.includes('--keep-last-good') || /^(1|true|yes)$/i.test(env.OPS_MANUAL_KEEP_LAST_GOOD ?? '');
}

async function load(root: string, contentDir: string, keepLastGood: boolean, log: (line: string) => void): Promise<SiteSources> {
  const file = sourcesFilePath(root, contentDir);
  const relative = path.relative(root, file).split(path.sep).join('/');
  const parsed = parseSources(readFileSync(file, 'utf8'), relative);
  if (parsed.findings.length) return { sources: [], findings: parsed.findings };
  try {
    // One line per source as it is fetched (sourceLine).
    const sources = await fetchSources(parsed.entries, { cacheDir: sourcesCacheDir(root), keepLastGood, sourcesFile: relative, log });
    return { sources, findings: [] };
  } catch (error) {
    if (error instanceof SourcesFetchError) return { sources: [], findings: error.failures.map((failure) => failure.finding) };
    throw error;
  }
}

/**
 * The site's sources, fetched on the first call in this process (every later
 * call, from the check, a loader or a page, gets the same result). No
 * sources.yaml: no sources, no findings.
 */
export function siteSources(
  root = process.cwd(),
  contentDir = contentDirectory(),
  options: { keepLastGood?: boolean; log?: (line: string) => void } = {},
): Promise<SiteSources> {
  if (!hasSources(root, contentDir)) return Promise.resolve({ sources: [], findings: [] });
  const key = `${path.resolve(root)}\n${path.resolve(root, contentDir)}`;
  let result = store.get(key);
  if (!result) {
    result = load(root, contentDir, options.keepLastGood ?? keepLastGoodRequested(), options.log ?? ((line) => console.log(line)));
    store.set(key, result);
  }
  return result;
}

/** How messages name a federated file: `<repository>@<short commit>:<path in the repository>`. */
function fileLabel(source: FetchedSource, file: SourceFile): string {
  return `${source.repository}@${source.commit.slice(0, 7)}:${file.repositoryPath}`;
}

/** Every fetched file of one kind, in source order, named as messages name it. */
export function federatedFiles(sources: readonly FetchedSource[], kind: SourceFile['kind']): FederatedFile[] {
  return sources.flatMap((source) =>
    source.files
      .filter((file) => file.kind === kind)
      .map((file) => ({ source, file, absolute: path.join(source.folder, file.file), label: fileLabel(source, file) })),
  );
}

/** Every source fetched in this process so far (pages look themselves up here). */
async function allFetched(): Promise<FetchedSource[]> {
  const results = await Promise.all(store.values());
  return results.flatMap((result) => result.sources);
}

/** Each page asks for its origin more than once (its source line, its edit link): one lookup per file. */
const origins = new Map<string, Promise<FederatedFile | undefined>>();

/** The federated file an entry came from, by its path (absolute, or relative to the folder the build runs in). */
export function federatedOrigin(filePath: string | undefined, root = process.cwd()): Promise<FederatedFile | undefined> {
  if (!filePath || store.size === 0) return Promise.resolve(undefined);
  const absolute = path.resolve(root, filePath);
  let origin = origins.get(absolute);
  if (!origin) {
    origin = findOrigin(absolute);
    origins.set(absolute, origin);
  }
  return origin;
}

async function findOrigin(absolute: string): Promise<FederatedFile | undefined> {
  for (const source of await allFetched()) {
    const relative = path.relative(source.folder, absolute).split(path.sep).join('/');
    if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
    const file = source.files.find((candidate) => candidate.file === relative);
    if (file) return { source, file, absolute, label: fileLabel(source, file) };
  }
  return undefined;
}

/** A source repository's page for readers: its https address without `.git`; none for other addresses (ssh, file://). */
export function repositoryWebUrl(repository: string): string | undefined {
  return /^https:\/\//i.test(repository) ? repository.replace(/\/+$/, '').replace(/\.git$/i, '') : undefined;
}

/**
 * "Edit this page" for a federated file: GitHub's editor on the listed ref
 * (a branch or tag; the commit when none was named), else the repository itself.
 */
export function federatedEditUrl(origin: Pick<FederatedFile, 'source' | 'file'>): string | undefined {
  const { source, file } = origin;
  const web = repositoryWebUrl(source.repository);
  if (web && /^https:\/\/github\.com\/[^/]+\/[^/]+$/i.test(web)) return editFileUrl(web, source.ref === 'HEAD' ? source.commit : source.ref, file.repositoryPath);
  return web;
}
