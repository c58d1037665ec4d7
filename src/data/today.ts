/**
 * The build's "today", decided once (see src/lib/core/today.ts for the order of
 * sources). The content check integration decides it before rendering starts
 * and leaves it in OPS_MANUAL_DECIDED_TODAY, so every page of one build uses
 * the same date, even if the build runs past midnight.
 */
import { execFileSync } from 'node:child_process';
import { decodeResolvedToday, encodeResolvedToday, resolveToday, type ResolvedToday } from '../lib/core/today.ts';

const DECIDED = 'OPS_MANUAL_DECIDED_TODAY';

function latestCommitDate(): string | undefined {
  try {
    return execFileSync('git', ['log', '-1', '--format=%cI'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

let resolved: ResolvedToday | undefined;

/** Decides the date for this build; `warn` hears about a clock fallback once. */
export function decideBuildToday(warn: (message: string) => void = console.warn): ResolvedToday {
  resolved ??= decodeResolvedToday(process.env[DECIDED]);
  if (resolved) return resolved;
  resolved = resolveToday({ env: process.env, latestCommitDate });
  if (resolved.warning) warn(resolved.warning);
  process.env[DECIDED] = encodeResolvedToday(resolved);
  return resolved;
}

export function buildToday(): Date {
  return decideBuildToday().date;
}
