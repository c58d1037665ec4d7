/** The build's "today", resolved once (see src/lib/today.ts for the order of sources). */
import { execFileSync } from 'node:child_process';
import { resolveToday, type ResolvedToday } from '../lib/today.ts';

function latestCommitDate(): string | undefined {
  try {
    return execFileSync('git', ['log', '-1', '--format=%cI'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

let resolved: ResolvedToday | undefined;

export function buildToday(): Date {
  resolved ??= resolveToday({ env: process.env, latestCommitDate });
  return resolved.date;
}
