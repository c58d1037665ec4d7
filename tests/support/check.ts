/** Runs the project's npm scripts against a content folder, as an author or CI would. */
import { spawnSync } from 'node:child_process';
import { fixtureSettings, ROOT } from './site.ts';

export interface ScriptResult {
  status: number | null;
  stdout: string;
  stderr: string;
  output: string;
}

export function runScript(script: string, content: string, args: string[] = [], env: Record<string, string> = {}): ScriptResult {
  const result = spawnSync('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, OPS_MANUAL_CONTENT: content, ...fixtureSettings(content), SITE_BASE: '', SITE_URL: '', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}\n${result.stderr}` };
}
