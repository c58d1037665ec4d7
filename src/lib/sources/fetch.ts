/**
 * Fetches the folders that `content/sources.yaml` lists, with the system git:
 *
 * 1. Resolve the ref to a commit with `git ls-remote` (a full commit skips it).
 * 2. A copy of that repository, path and commit already in the cache is used
 *    as it is: an unchanged source costs one `ls-remote` and no fetch.
 * 3. Otherwise fetch one commit, shallow (`--depth=1`), without blobs outside
 *    the path (`--filter=blob:none` plus a sparse checkout of the path), and
 *    move the path's folder into the cache. Branches and tags are cloned by
 *    name, which every server allows; a commit is fetched by its hash (servers
 *    speaking protocol v2, GitHub's and git's own, allow that). A server that
 *    does not filter (a file:// repository without `uploadpack.allowFilter`)
 *    sends the whole commit instead, and git says so in a warning only.
 *
 * Symbolic links are checked out as plain files (core.symlinks=false), so a
 * repository cannot point the build at files outside it.
 *
 * Every source is fetched or reported: a failure names the repository
 * (credentials redacted) and git's reason in one line. With `keepLastGood`
 * the last copy fetched is used instead, marked stale with the date it was
 * fetched and the reason. Nothing is ever skipped silently.
 *
 * Cache layout: `<cacheDir>/<name>-<hash of repository and path>/` holds
 * `<commit>/` (the path's files), `<commit>.json` (what was fetched, when)
 * and `last-good` (the commit of the last successful fetch).
 */
import { createHash } from 'node:crypto';
import { lstat, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatFinding, type Finding } from '../core/findings.ts';
import { writeAtomic } from '../core/write-atomic.ts';
import { GitError, gitRunner, type GitRunner } from './git.ts';
import { SOURCES_FILE, sameRepository } from './parse.ts';
import { redact } from './redact.ts';
import type { SourceEntry } from './schema.ts';

export interface SourceFile {
  kind: 'service' | 'runbook';
  /** The service or run book id: the file name without `.md`. */
  id: string;
  /** Path in the fetched folder: `report-mentor-funding.md`, `runbooks/resend-claim-emails.md`. */
  file: string;
  /** Path in the repository, for "Edit this page": `docs/manual/runbooks/resend-claim-emails.md`. */
  repositoryPath: string;
  /** Last change (ISO 8601). A shallow fetch has no history, so this is the commit's date: see `changedFrom`. */
  changed: string;
  changedFrom: 'commit';
}

export interface FetchedSource {
  /** The repository as listed, credentials redacted: safe to print and to show on pages. */
  repository: string;
  /** The ref as listed, or the default branch's name when none was. */
  ref: string;
  commit: string;
  /** Committer date of `commit`, ISO 8601. */
  commitDate: string;
  path: string;
  /** Absolute path of the local copy of `path` at `commit`. */
  folder: string;
  /** When this copy was fetched, ISO 8601. */
  fetchedAt: string;
  /** True when the copy was already in the cache (nothing fetched). */
  cached: boolean;
  files: SourceFile[];
  /** Present when the source could not be refreshed and `keepLastGood` used an earlier copy. */
  stale?: { since: string; reason: string };
  /** Line of the entry in sources.yaml, when known. */
  line?: number;
}

export interface SourceFailure {
  repository: string;
  ref?: string;
  path: string;
  /** git's reason or ours, one line, redacted. */
  reason: string;
  /** The same, pointing at the entry in sources.yaml. */
  finding: Finding;
}

/** One line per source that could not be fetched; `failures` has the details. */
export class SourcesFetchError extends Error {
  readonly failures: SourceFailure[];
  constructor(failures: SourceFailure[]) {
    super(failures.map((failure) => formatFinding(failure.finding)).join('\n'));
    this.name = 'SourcesFetchError';
    this.failures = failures;
  }
}

export interface FetchOptions {
  /** Folder for the copies; kept between builds (a CI cache) so unchanged sources are not fetched again. */
  cacheDir: string;
  /** Use the last copy fetched when a source cannot be refreshed, marked stale. */
  keepLastGood?: boolean;
  /** Sources fetched at once (default 3). */
  concurrency?: number;
  /** Progress, one line a source, credentials redacted. */
  log?: (message: string) => void;
  /** Runs git; the default runs the system git without a shell. */
  git?: GitRunner;
  /** Clock for `fetchedAt`. */
  now?: () => Date;
  /** The file named in failures (default content/sources.yaml). */
  sourcesFile?: string;
}

/** An entry to fetch, with its line in sources.yaml when it came from there. */
export type SourceRequest = SourceEntry & { line?: number };

const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
const PAGE = /^([^/]+)\.mdx?$/;
const REF_HINT = 'write a branch, a tag or a full 40-character commit in `ref`, or leave `ref` out for the default branch';

/** A problem we found ourselves (not git): its message is the reason. */
class SourceProblem extends Error {}

interface Target {
  ref: string;
  commit: string;
  /** What to ask the server for: a full ref name, or the commit. */
  want: string;
}

interface Copy {
  repository: string;
  ref: string;
  commit: string;
  commitDate: string;
  path: string;
  fetchedAt: string;
  files: SourceFile[];
}

async function resolveTarget(entry: SourceRequest, git: GitRunner): Promise<Target> {
  if (entry.ref && COMMIT.test(entry.ref)) return { ref: entry.ref, commit: entry.ref.toLowerCase(), want: entry.ref.toLowerCase() };
  if (!entry.ref) {
    const { stdout } = await git(['ls-remote', '--symref', '--', entry.repository, 'HEAD']);
    const commit = /^([0-9a-f]{40,64})\tHEAD$/m.exec(stdout)?.[1];
    if (!commit) throw new SourceProblem('has no default branch: write the branch to use in `ref`');
    const branch = /^ref: (refs\/\S+)\tHEAD$/m.exec(stdout)?.[1];
    return { ref: branch?.replace(/^refs\/heads\//, '') ?? 'HEAD', commit, want: branch ?? 'HEAD' };
  }
  const { stdout } = await git(['ls-remote', '--', entry.repository, entry.ref]);
  const refs = new Map(
    stdout
      .split('\n')
      .map((line) => line.split('\t'))
      .filter((parts): parts is [string, string] => parts.length === 2)
      .map(([commit, name]) => [name, commit]),
  );
  // A branch before a tag of the same name, as git itself prefers; an annotated tag by the commit it points to.
  for (const name of [`refs/heads/${entry.ref}`, `refs/tags/${entry.ref}^{}`, `refs/tags/${entry.ref}`, entry.ref]) {
    const commit = refs.get(name);
    if (commit) return { ref: entry.ref, commit, want: name.replace(/\^\{\}$/, '') };
  }
  throw new SourceProblem(`has no branch or tag \`${entry.ref}\`: ${REF_HINT}`);
}

/** `report-mentor-funding-3f2a…`: readable, and unique to the repository (without credentials) and path. */
export function cacheKey(entry: Pick<SourceEntry, 'repository' | 'path'>): string {
  const repository = sameRepository(entry.repository);
  const name = (repository.split(/[/:]/).pop() ?? 'source').replace(/[^A-Za-z0-9._-]/g, '').slice(0, 40) || 'source';
  const hash = createHash('sha256').update(`${repository}\n${entry.path}`).digest('hex').slice(0, 16);
  return `${name}-${hash}`;
}

async function exists(file: string): Promise<boolean> {
  return lstat(file).then(
    () => true,
    () => false,
  );
}

async function readCopy(keyDir: string, commit: string): Promise<Copy | undefined> {
  try {
    const copy = JSON.parse(await readFile(path.join(keyDir, `${commit}.json`), 'utf8')) as Copy;
    return copy.commit === commit && (await exists(path.join(keyDir, commit))) ? copy : undefined;
  } catch {
    return undefined;
  }
}

async function readLastGood(keyDir: string): Promise<Copy | undefined> {
  const commit = await readFile(path.join(keyDir, 'last-good'), 'utf8').then(
    (text) => text.trim(),
    () => '',
  );
  return COMMIT.test(commit) ? readCopy(keyDir, commit) : undefined;
}

/** The manuals (`<id>.md`) and run books (`runbooks/<id>.md`) in a fetched folder. */
async function listFiles(folder: string, sourcePath: string, changed: string): Promise<SourceFile[]> {
  const files: SourceFile[] = [];
  const add = (kind: SourceFile['kind'], file: string) => {
    const id = PAGE.exec(path.posix.basename(file))![1]!;
    files.push({ kind, id, file, repositoryPath: sourcePath === '.' ? file : `${sourcePath}/${file}`, changed, changedFrom: 'commit' });
  };
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (entry.isFile() && PAGE.test(entry.name)) add('service', entry.name);
  }
  const runbooks = path.join(folder, 'runbooks');
  if ((await lstat(runbooks).catch(() => undefined))?.isDirectory()) {
    for (const entry of await readdir(runbooks, { withFileTypes: true })) {
      if (entry.isFile() && PAGE.test(entry.name)) add('runbook', `runbooks/${entry.name}`);
    }
  }
  return files.sort((a, b) => a.file.localeCompare(b.file));
}

/** Removes copies of other commits: the one just fetched is the last good one from now on. */
async function pruneOthers(keyDir: string, keep: string): Promise<void> {
  for (const name of await readdir(keyDir)) {
    const commit = name.replace(/\.json$/, '');
    if (COMMIT.test(commit) && commit !== keep) await rm(path.join(keyDir, name), { recursive: true, force: true });
  }
}

/** Sparse checkout of the source's folder only (written as a file: one git command fewer than `git sparse-checkout set`). */
async function limitToPath(work: string, sourcePath: string): Promise<void> {
  await mkdir(path.join(work, '.git', 'info'), { recursive: true });
  await writeFile(path.join(work, '.git', 'info', 'sparse-checkout'), sourcePath === '.' ? '/*\n' : `/${sourcePath}/\n`);
}

/**
 * Puts the source's folder at the target commit into `work`. A branch or tag
 * is cloned by name: three git commands in all. A commit needs a repository
 * to fetch it into (git 2.39's clone takes names only): five.
 */
async function checkOut(entry: SourceRequest, target: Target, work: string, git: GitRunner): Promise<void> {
  const shallow = ['--depth=1', '--filter=blob:none', '--no-tags'];
  // No hook samples, links kept as plain files, only the sparse folder written out.
  const config = ['-c', 'core.symlinks=false', '-c', 'core.sparseCheckout=true', '-c', 'advice.detachedHead=false'];
  const name = /^refs\/(?:heads|tags)\/(.+)$/.exec(target.want)?.[1];
  if (name !== undefined || target.want === 'HEAD') {
    await git(['clone', '-q', '--no-checkout', '--template=', ...shallow, ...(name === undefined ? [] : ['--branch', name]), ...config, '--', entry.repository, work]);
    await limitToPath(work, entry.path);
    await git(['-C', work, 'checkout', '-q']);
    return;
  }
  await git(['init', '-q', '--template=', work]);
  await git(['-C', work, 'remote', 'add', 'origin', '--', entry.repository]);
  await limitToPath(work, entry.path);
  await git(['-C', work, 'fetch', '-q', ...shallow, 'origin', target.want]).catch((error: unknown) => {
    if (error instanceof GitError && /not our ref/i.test(error.message)) {
      throw new SourceProblem(`has no commit \`${target.want}\` that it will send (git: not our ref): check \`ref\`, or write the branch or tag that holds the commit`);
    }
    throw error;
  });
  await git(['-C', work, ...config, 'checkout', '-q', '--detach', 'FETCH_HEAD']);
}

async function download(entry: SourceRequest, target: Target, keyDir: string, git: GitRunner, now: () => Date): Promise<Copy> {
  await mkdir(keyDir, { recursive: true });
  const work = path.join(await mkdtemp(path.join(keyDir, 'fetch-')), 'work');
  try {
    await checkOut(entry, target, work, git);
    const { stdout } = await git(['-C', work, 'log', '-1', '--format=%H %cI', 'HEAD']);
    const [commit, commitDate] = stdout.trim().split(' ') as [string, string];
    const short = commit.slice(0, 7);
    const fetched = path.join(work, entry.path);
    const stat = await lstat(fetched).catch(() => undefined);
    if (!stat?.isDirectory()) throw new SourceProblem(`has no folder \`${entry.path}\` at commit ${short}: check \`path\` in sources.yaml`);
    const files = await listFiles(fetched, entry.path, commitDate);
    if (files.length === 0) {
      throw new SourceProblem(`has no service manual (<service-id>.md) or run book (runbooks/<id>.md) in \`${entry.path}\` at commit ${short}: check \`path\` in sources.yaml`);
    }
    if (entry.path === '.') await rm(path.join(work, '.git'), { recursive: true, force: true });
    const folder = path.join(keyDir, commit);
    // Another build may have fetched the same commit meanwhile: its copy is as good as ours.
    if (!(await exists(folder))) await rename(fetched, folder).catch(async (error) => (await exists(folder) ? undefined : Promise.reject(error)));
    const copy: Copy = { repository: redact(entry.repository), ref: target.ref, commit, commitDate, path: entry.path, fetchedAt: now().toISOString(), files };
    await writeAtomic(path.join(keyDir, `${commit}.json`), `${JSON.stringify(copy, null, 2)}\n`);
    return copy;
  } finally {
    await rm(path.dirname(work), { recursive: true, force: true });
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof GitError || error instanceof SourceProblem) return error.message;
  return redact((error instanceof Error ? error.message : String(error)).split('\n')[0]!);
}

/** One line per source, as it is fetched: repository, ref → commit, folder, and whether it was fetched, cached or kept. */
export function sourceLine(source: FetchedSource): string {
  const state = source.stale
    ? `could not be refreshed (${source.stale.reason}): using the copy fetched ${source.stale.since}`
    : source.cached
      ? 'cached'
      : `fetched ${source.files.length} file${source.files.length === 1 ? '' : 's'}`;
  return `${source.repository} ${source.ref} → ${source.commit.slice(0, 7)} (${source.path}): ${state}`;
}

async function fetchOne(entry: SourceRequest, options: Required<Pick<FetchOptions, 'cacheDir' | 'log' | 'git' | 'now'>> & FetchOptions): Promise<FetchedSource> {
  const keyDir = path.join(path.resolve(options.cacheDir), cacheKey(entry));
  const repository = redact(entry.repository);
  const result = (copy: Copy, cached: boolean, ref = copy.ref): FetchedSource => ({
    ...copy,
    ref,
    folder: path.join(keyDir, copy.commit),
    cached,
    ...(entry.line === undefined ? {} : { line: entry.line }),
  });
  try {
    const target = await resolveTarget(entry, options.git);
    const cached = await readCopy(keyDir, target.commit);
    const copy = cached ?? (await download(entry, target, keyDir, options.git, options.now));
    await writeAtomic(path.join(keyDir, 'last-good'), `${copy.commit}\n`);
    if (!cached) await pruneOthers(keyDir, copy.commit);
    const fetched = result(copy, Boolean(cached), target.ref);
    options.log(sourceLine(fetched));
    return fetched;
  } catch (error) {
    const reason = reasonOf(error);
    const last = options.keepLastGood ? await readLastGood(keyDir) : undefined;
    if (last) {
      const kept: FetchedSource = { ...result(last, true), stale: { since: last.fetchedAt, reason } };
      options.log(sourceLine(kept));
      return kept;
    }
    const kept = options.keepLastGood ? ', and there is no earlier copy to keep' : '';
    throw Object.assign(new SourceProblem(reason), {
      failure: {
        repository,
        ...(entry.ref === undefined ? {} : { ref: entry.ref }),
        path: entry.path,
        reason,
        finding: {
          file: options.sourcesFile ?? SOURCES_FILE,
          line: entry.line ?? 1,
          field: 'repository',
          message: `${repository} could not be fetched${entry.ref ? ` at \`${entry.ref}\`` : ''}: ${reason}${kept}`,
        },
      } satisfies SourceFailure,
    });
  }
}

/** Runs `task` on every item, at most `limit` at a time, keeping the items' order in the results. */
export async function eachLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<PromiseSettledResult<R>[]> {
  const results: PromiseSettledResult<R>[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!).then(
        (value) => ({ status: 'fulfilled', value }) as const,
        (reason: unknown) => ({ status: 'rejected', reason }) as const,
      );
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/**
 * Fetches every source (at most `concurrency` at once) and returns them in
 * the order given. When any cannot be fetched (and has no copy to keep), the
 * others still finish, then a SourcesFetchError lists every failure.
 */
export async function fetchSources(entries: readonly SourceRequest[], options: FetchOptions): Promise<FetchedSource[]> {
  const settings = { ...options, git: options.git ?? gitRunner(), log: options.log ?? (() => {}), now: options.now ?? (() => new Date()) };
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 3));
  const results = await eachLimited(entries, concurrency, (entry) => fetchOne(entry, settings));
  const failures = results.flatMap((result) => (result.status === 'rejected' ? [failureOf(result.reason)] : []));
  if (failures.length) throw new SourcesFetchError(failures);
  return results.map((result) => (result as PromiseFulfilledResult<FetchedSource>).value);
}

function failureOf(error: unknown): SourceFailure {
  const failure = (error as { failure?: SourceFailure }).failure;
  if (failure) return failure;
  // Not expected: fetchOne turns every error into a failure. Still one line, redacted.
  const reason = reasonOf(error);
  return { repository: '(unknown)', path: '', reason, finding: { file: SOURCES_FILE, line: 1, message: reason } };
}
