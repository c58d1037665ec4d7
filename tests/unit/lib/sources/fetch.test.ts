import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitFiles, git, makeRepository, manual, runbook, serviceRepositoryFiles } from '../../../../scripts/bench/federation-repos.ts';
import { fetchSources, SourcesFetchError, type FetchOptions, type SourceRequest } from '../../../../src/lib/sources/fetch.ts';
import { gitRunner, type GitRunner } from '../../../../src/lib/sources/git.ts';

let root: string;
let funding: string;
let mentor: string;
const FIXED = new Date('2026-07-01T08:00:00.000Z');

/** The git subcommand of an invocation, after `-C dir` and `-c key=value`. */
function subcommand(args: readonly string[]): string {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-C' || args[i] === '-c') i++;
    else return args[i]!;
  }
  return '';
}

/** The real git, recording each invocation's subcommand. */
function recording(delay = 0) {
  const real = gitRunner();
  const commands: string[] = [];
  let running = 0;
  let most = 0;
  const run: GitRunner = async (args, options) => {
    commands.push(subcommand(args));
    running++;
    most = Math.max(most, running);
    try {
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
      return await real(args, options);
    } finally {
      running--;
    }
  };
  return { run, commands, most: () => most };
}

function options(cacheDir: string, extra: Partial<FetchOptions> = {}): FetchOptions {
  return { cacheDir, now: () => FIXED, ...extra };
}

const cache = (name: string) => path.join(root, 'cache', name);

/** What fetchSources threw, as text. */
async function failure(promise: Promise<unknown>): Promise<SourcesFetchError> {
  const error = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(error).toBeInstanceOf(SourcesFetchError);
  return error as SourcesFetchError;
}

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'ops-manual-sources-'));
  funding = makeRepository(path.join(root, 'report-mentor-funding'), serviceRepositoryFiles('report-mentor-funding'));
  mentor = makeRepository(
    path.join(root, 'mentor'),
    {
      'find-mentor-training.md': manual('find-mentor-training'),
      'claim-mentor-time.md': manual('claim-mentor-time'),
      'runbooks/rotate-keys.md': runbook('rotate-keys', 'claim-mentor-time'),
    },
    '2026-05-02T10:30:00Z',
  );
  git(path.join(root, 'mentor'), ['tag', '-a', 'v1.0', '-m', 'First release']);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('fetchSources', { timeout: 60_000 }, () => {
  it('fetches a service manual with its run books, and only the listed folder', async () => {
    const log: string[] = [];
    const [source] = await fetchSources([{ repository: funding, ref: 'main', path: 'docs/manual', line: 3 }], options(cache('one'), { log: (line) => log.push(line) }));
    const head = git(path.join(root, 'report-mentor-funding'), ['rev-parse', 'HEAD']).trim();
    expect(source).toMatchObject({ repository: funding, ref: 'main', commit: head, commitDate: '2026-06-01T09:00:00+00:00', path: 'docs/manual', cached: false, line: 3, fetchedAt: FIXED.toISOString() });
    expect(source!.stale).toBeUndefined();
    expect(source!.files).toEqual([
      { kind: 'service', id: 'report-mentor-funding', file: 'report-mentor-funding.md', repositoryPath: 'docs/manual/report-mentor-funding.md', changed: '2026-06-01T09:00:00+00:00', changedFrom: 'commit' },
      { kind: 'runbook', id: 'report-mentor-funding-failover', file: 'runbooks/report-mentor-funding-failover.md', repositoryPath: 'docs/manual/runbooks/report-mentor-funding-failover.md', changed: '2026-06-01T09:00:00+00:00', changedFrom: 'commit' },
      { kind: 'runbook', id: 'report-mentor-funding-restart', file: 'runbooks/report-mentor-funding-restart.md', repositoryPath: 'docs/manual/runbooks/report-mentor-funding-restart.md', changed: '2026-06-01T09:00:00+00:00', changedFrom: 'commit' },
    ]);
    expect(readFileSync(path.join(source!.folder, 'report-mentor-funding.md'), 'utf8')).toBe(manual('report-mentor-funding'));
    // The folder holds the manual folder's files only: not the code, not .git.
    expect(readdirSync(source!.folder).sort()).toEqual(['report-mentor-funding.md', 'runbooks']);
    // No working copy is left behind in the cache.
    expect(readdirSync(path.dirname(source!.folder)).filter((name) => name.startsWith('fetch-'))).toEqual([]);
    expect(log).toEqual([`${funding} main → ${head.slice(0, 7)} (docs/manual): fetched 3 files`]);
  });

  it('fetches two repositories: the default branch, a tag, a commit, a whole repository holding two services', async () => {
    const pinned = git(path.join(root, 'report-mentor-funding'), ['rev-parse', 'HEAD']).trim();
    const calls = recording();
    const sources = await fetchSources(
      [
        { repository: funding, path: 'docs/manual' },
        { repository: mentor, ref: 'v1.0', path: '.' },
        { repository: funding, ref: pinned, path: 'docs/manual/runbooks' },
      ],
      options(cache('two'), { git: calls.run, concurrency: 1 }),
    );
    expect(sources.map((source) => [source.ref, source.commitDate])).toEqual([
      ['main', '2026-06-01T09:00:00+00:00'],
      ['v1.0', '2026-05-02T10:30:00+00:00'],
      [pinned, '2026-06-01T09:00:00+00:00'],
    ]);
    expect(sources[1]!.commit).toBe(git(path.join(root, 'mentor'), ['rev-parse', 'v1.0^{commit}']).trim());
    expect(sources[1]!.files.map((file) => `${file.kind} ${file.id} ${file.repositoryPath}`)).toEqual([
      'service claim-mentor-time claim-mentor-time.md',
      'service find-mentor-training find-mentor-training.md',
      'runbook rotate-keys runbooks/rotate-keys.md',
    ]);
    expect(existsSync(path.join(sources[1]!.folder, '.git'))).toBe(false);
    // A commit is fetched by its hash, without asking the server what it is first.
    expect(sources[2]!.commit).toBe(pinned);
    expect(sources[2]!.files.map((file) => file.repositoryPath)).toEqual(['docs/manual/runbooks/report-mentor-funding-failover.md', 'docs/manual/runbooks/report-mentor-funding-restart.md']);
    expect(calls.commands.slice(-5)).toEqual(['init', 'remote', 'fetch', 'checkout', 'log']);
  });

  it('asks an unchanged source only for its commit, fetches a changed one again, and a listed commit not at all', async () => {
    const folder = path.join(root, 'changing');
    const repository = makeRepository(folder, serviceRepositoryFiles('pay-teachers'));
    const entries: SourceRequest[] = [{ repository, ref: 'main', path: 'docs/manual' }];
    const first = recording();
    const [fetched] = await fetchSources(entries, options(cache('changing'), { git: first.run }));
    expect(first.commands).toEqual(['ls-remote', 'clone', 'checkout', 'log']);

    const second = recording();
    const [again] = await fetchSources(entries, options(cache('changing'), { git: second.run }));
    expect(second.commands).toEqual(['ls-remote']);
    expect(again).toMatchObject({ commit: fetched!.commit, cached: true, folder: fetched!.folder });

    const changed = commitFiles(folder, { 'docs/manual/runbooks/pay-teachers-restart.md': runbook('pay-teachers-restart', 'pay-teachers') + '\n2. Restart.\n' });
    const third = recording();
    const [updated] = await fetchSources(entries, options(cache('changing'), { git: third.run }));
    expect(third.commands).toEqual(['ls-remote', 'clone', 'checkout', 'log']);
    expect(updated).toMatchObject({ commit: changed, cached: false });
    expect(readFileSync(path.join(updated!.folder, 'runbooks/pay-teachers-restart.md'), 'utf8')).toMatch(/2\. Restart\./);
    // The older copy is gone: the cache keeps one copy a source.
    expect(existsSync(fetched!.folder)).toBe(false);

    const pinned = recording();
    await fetchSources([{ repository, ref: changed, path: 'docs/manual' }], options(cache('changing'), { git: pinned.run }));
    expect(pinned.commands).toEqual([]);
  });

  it('fails on a missing ref, a missing commit, an unreachable repository and a missing folder, naming each repository in one line', async () => {
    const unreachable = `file://${path.join(root, 'no-such-repository')}`;
    const error = await failure(
      fetchSources(
        [
          { repository: funding, ref: 'no-such-branch', path: 'docs/manual', line: 1 },
          { repository: unreachable, path: 'docs/manual', line: 4 },
          { repository: funding, ref: 'main', path: 'docs/nothing-here', line: 6 },
          { repository: mentor, path: '.', line: 9 },
          { repository: mentor, ref: 'f'.repeat(40), path: '.', line: 11 },
        ],
        options(cache('failing')),
      ),
    );
    expect(error.message.split('\n')).toEqual([
      `content/sources.yaml:1: \`repository\` ${funding} could not be fetched at \`no-such-branch\`: has no branch or tag \`no-such-branch\`: write a branch, a tag or a full 40-character commit in \`ref\`, or leave \`ref\` out for the default branch`,
      expect.stringMatching(new RegExp(`^content/sources\\.yaml:4: \`repository\` ${unreachable} could not be fetched: '.*no-such-repository' does not appear to be a git repository`)),
      expect.stringMatching(new RegExp(`^content/sources\\.yaml:6: \`repository\` ${funding} could not be fetched at \`main\`: has no folder \`docs/nothing-here\` at commit [0-9a-f]{7}: check \`path\` in sources\\.yaml$`)),
      `content/sources.yaml:11: \`repository\` ${mentor} could not be fetched at \`${'f'.repeat(40)}\`: has no commit \`${'f'.repeat(40)}\` that it will send (git: not our ref): check \`ref\`, or write the branch or tag that holds the commit`,
    ]);
    expect(error.message).not.toMatch(/\n\s+at /);
    expect(error.failures.map((f) => f.repository)).toEqual([funding, unreachable, funding, mentor]);
  });

  it('with keepLastGood, uses the last copy fetched and marks it stale with its date and the reason', async () => {
    const folder = path.join(root, 'moving');
    const repository = makeRepository(folder, serviceRepositoryFiles('claim-funding'));
    const entries: SourceRequest[] = [{ repository, path: 'docs/manual' }];
    const [good] = await fetchSources(entries, options(cache('moving')));
    renameSync(folder, `${folder}-gone`);
    try {
      expect((await failure(fetchSources(entries, options(cache('moving'))))).message).toMatch(/moving could not be fetched: .*does not appear to be a git repository/);
      const log: string[] = [];
      const later = new Date('2026-07-02T08:00:00.000Z');
      const [kept] = await fetchSources(entries, options(cache('moving'), { keepLastGood: true, now: () => later, log: (line) => log.push(line) }));
      expect(kept).toMatchObject({ commit: good!.commit, folder: good!.folder, files: good!.files, cached: true });
      expect(kept!.stale).toEqual({ since: FIXED.toISOString(), reason: expect.stringMatching(/does not appear to be a git repository/) });
      expect(log).toEqual([expect.stringMatching(/moving \S+ → [0-9a-f]{7} \(docs\/manual\): could not be refreshed \(.*\): using the copy fetched 2026-07-01T08:00:00\.000Z$/)]);
      // With nothing kept, keepLastGood still fails, and says so.
      const never = await failure(fetchSources(entries, options(cache('never'), { keepLastGood: true })));
      expect(never.message).toMatch(/, and there is no earlier copy to keep$/);
    } finally {
      renameSync(`${folder}-gone`, folder);
    }
  });

  it('checks symbolic links out as plain files, so a source cannot reach files outside its repository', async () => {
    const folder = path.join(root, 'linking');
    makeRepository(folder, { 'docs/manual/README.txt': 'Manuals\n' });
    symlinkSync('/etc/passwd', path.join(folder, 'docs/manual/leak.md'));
    symlinkSync('/etc', path.join(folder, 'docs/manual/runbooks'));
    commitFiles(folder, {}, 'Point at files outside the repository');
    const [source] = await fetchSources([{ repository: `file://${folder}`, path: 'docs/manual' }], options(cache('linking')));
    expect(readFileSync(path.join(source!.folder, 'leak.md'), 'utf8')).toBe('/etc/passwd');
    expect(source!.files.map((file) => file.file)).toEqual(['leak.md']);
  });

  it('never prints credentials, in failures or in the log', async () => {
    const token = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789';
    const log: string[] = [];
    // Port 9 on this machine refuses at once: no network is used.
    const entries: SourceRequest[] = [
      { repository: `https://x-access-token:${token}@127.0.0.1:9/example-org/private.git`, path: 'docs/manual' },
      { repository: `https://bot:s3cret-password@127.0.0.1:9/example-org/other.git`, ref: 'main', path: 'docs' },
    ];
    const error = await failure(fetchSources(entries, options(cache('secret'), { log: (line) => log.push(line) })));
    const everything = [error.message, JSON.stringify(error.failures), ...log].join('\n');
    expect(everything).not.toContain(token);
    expect(everything).not.toContain('s3cret');
    expect(everything).not.toContain('x-access-token');
    expect(error.failures.map((f) => f.repository)).toEqual(['https://***@127.0.0.1:9/example-org/private.git', 'https://***@127.0.0.1:9/example-org/other.git']);
    expect(error.failures[0]!.reason).toMatch(/connect|refused/i);
  });

  it('fetches at most `concurrency` sources at once', async () => {
    const entries = Array.from({ length: 6 }, (_, index) => ({ repository: funding, ref: 'main', path: 'docs/manual', line: index }));
    // Three builds' worth of the same source, fetched at once into an empty cache, all succeed with one copy.
    const cold = await fetchSources(entries.slice(0, 3), options(cache('parallel'), { concurrency: 3 }));
    expect(new Set(cold.map((source) => source.folder)).size).toBe(1);
    const slow = recording(40);
    await fetchSources(entries, options(cache('parallel'), { git: slow.run, concurrency: 2 }));
    expect(slow.commands).toEqual(Array(6).fill('ls-remote'));
    expect(slow.most()).toBe(2);
    const one = recording(20);
    await fetchSources(entries.slice(0, 3), options(cache('parallel'), { git: one.run, concurrency: 1 }));
    expect(one.most()).toBe(1);
  });
});
