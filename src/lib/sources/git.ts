/**
 * Runs the system `git` without a shell (execFile, arguments as a list), so
 * nothing in sources.yaml is ever read by a shell. Credentials come from
 * git's own configuration and environment (credential helpers, GIT_ASKPASS);
 * git is told never to prompt, so a build without credentials fails at once
 * instead of waiting for a password. Errors carry git's reason, redacted.
 */
import { execFile } from 'node:child_process';
import { redact } from './redact.ts';

export interface GitOutput {
  stdout: string;
  stderr: string;
}

/** Runs `git <args>`; rejects with a GitError. Tests pass their own to count or slow down invocations. */
export type GitRunner = (args: readonly string[], options?: { cwd?: string }) => Promise<GitOutput>;

/** Transports a source may use: never `ext::` (runs a command) or other remote helpers. */
const PROTOCOLS = 'file:https:ssh';

export function gitEnvironment(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return {
    ...base,
    // Never wait for a user name, password or passphrase typed at a terminal.
    GIT_TERMINAL_PROMPT: '0',
    GCM_INTERACTIVE: 'never',
    // ssh fails instead of asking about host keys or passphrases. This overrides a
    // core.sshCommand in git's configuration: set GIT_SSH_COMMAND (or GIT_SSH) to choose another.
    ...(base.GIT_SSH_COMMAND || base.GIT_SSH ? {} : { GIT_SSH_COMMAND: 'ssh -o BatchMode=yes' }),
    GIT_ALLOW_PROTOCOL: PROTOCOLS,
    // git's reasons in one language, so they read the same in every log.
    LC_ALL: 'C',
    LANGUAGE: 'C',
  };
}

export class GitError extends Error {
  /** git's reason, one line, redacted. */
  readonly reason: string;
  readonly exitCode: number | string | undefined;
  constructor(reason: string, exitCode: number | string | undefined) {
    super(reason);
    this.name = 'GitError';
    this.reason = reason;
    this.exitCode = exitCode;
  }
}

/** Why git failed, in one line: its `fatal:` and `error:` lines joined, else its last line; redacted. */
export function gitReason(stderr: string, fallback: string): string {
  const lines = stderr
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const said = lines.filter((line) => /^(fatal|error):/i.test(line));
  const chosen = (said.length ? said : lines.slice(-1)).map((line) => line.replace(/^(?:(?:fatal|error|remote):\s*)+/i, ''));
  const reason = [...new Set(chosen)].join('; ');
  return redact(reason || fallback);
}

export interface RunnerOptions {
  /** Longest a single git command may run, in milliseconds (default 5 minutes). */
  timeout?: number;
  env?: NodeJS.ProcessEnv;
}

export function gitRunner(options: RunnerOptions = {}): GitRunner {
  const env = gitEnvironment(options.env);
  const timeout = options.timeout ?? 300_000;
  return (args, { cwd } = {}) =>
    new Promise((resolve, reject) => {
      execFile('git', args as string[], { cwd, env, timeout, maxBuffer: 64 * 1024 * 1024, windowsHide: true }, (error, stdout, stderr) => {
        if (!error) return resolve({ stdout, stderr });
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') return reject(new GitError('git is not installed or not on PATH: install git to fetch sources', code));
        if (error.killed) return reject(new GitError(`git did not finish within ${Math.round(timeout / 1000)} seconds`, 'timeout'));
        reject(new GitError(gitReason(stderr, `git ${args[0]} failed`), code ?? undefined));
      });
    });
}
