/**
 * Makes local git repositories that hold service manuals, for the federation
 * tests and benchmark: `file://` addresses, no network. Commits use fixed
 * names and dates (GIT_COMMITTER_DATE) so results are reproducible.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const IDENTITY = {
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.org',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.org',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

export function git(cwd: string, args: string[], date = '2026-06-01T09:00:00Z'): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...IDENTITY, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, encoding: 'utf8' });
}

/** Writes the files (path → text) and commits them; returns the new commit. */
export function commitFiles(repository: string, files: Record<string, string>, message = 'Update the manual', date?: string): string {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repository, file)), { recursive: true });
    writeFileSync(path.join(repository, file), text);
  }
  git(repository, ['add', '-A']);
  git(repository, ['commit', '-q', '-m', message], date);
  return git(repository, ['rev-parse', 'HEAD']).trim();
}

/** A new repository on branch `main` with the files committed; returns its file:// address. */
export function makeRepository(folder: string, files: Record<string, string>, date?: string): string {
  mkdirSync(folder, { recursive: true });
  git(folder, ['init', '-q', '-b', 'main']);
  commitFiles(folder, files, 'Add the service manual', date);
  return pathToFileURL(folder).href;
}

/** A minimal manual page and run book, enough to be listed (the content check reads them later). */
export function manual(id: string): string {
  return `---\ntitle: ${id}\nowner: bench-team\n---\n\nThe ${id} service.\n`;
}

export function runbook(id: string, service: string): string {
  return `---\ntitle: ${id}\nservice: ${service}\n---\n\n1. Check the dashboard.\n`;
}

/** A service repository as the issue describes it: docs/manual/<id>.md and two run books, plus code. */
export function serviceRepositoryFiles(id: string): Record<string, string> {
  return {
    'README.md': `# ${id}\n`,
    'app/main.ts': `export const service = '${id}';\n`,
    [`docs/manual/${id}.md`]: manual(id),
    [`docs/manual/runbooks/${id}-restart.md`]: runbook(`${id}-restart`, id),
    [`docs/manual/runbooks/${id}-failover.md`]: runbook(`${id}-failover`, id),
  };
}
