/**
 * The site's fixed vocabularies: the words a content file may use for a
 * phase, a checklist level, an answer status, a visibility or a derived
 * check, and how the severity levels in `settings.operations` are said.
 * Both the schemas (src/schemas/) and the library (src/lib/) read them from
 * here, so imports run one way: schemas → core ← lib.
 */

/** Delivery phases, in order, as the Service Manual names them (plus the end of life). */
export const PHASES = ['discovery', 'alpha', 'beta', 'live', 'retiring', 'retired'] as const;
export type Phase = (typeof PHASES)[number];

/** Checklist levels, lowest first. A service reaches a level only with every lower level met too. */
export const LEVELS = ['essential', 'expected', 'exemplary'] as const;
export type Level = (typeof LEVELS)[number];

/** What a service can say about one checklist item. */
export const ANSWER_STATUSES = ['done', 'in-progress', 'not-started', 'not-applicable'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

/** Who a service manual's source is for: everyone, or people inside the organisation. */
export const VISIBILITIES = ['public', 'internal'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** Derived checks a checklist item may name in `derivedFrom` (each one is in lib/checklists/readiness/derived-checks.ts). */
export const DERIVED_CHECK_IDS = [
  'slos-documented',
  'severity-levels-defined',
  'rota-covered',
  'runbooks-tested',
  'recovery-objectives-set',
  'out-of-hours-stated',
  'shared-incident-contact',
  'dashboard-linked',
  'failover-documented',
] as const;
export type DerivedCheckId = (typeof DERIVED_CHECK_IDS)[number];

/** Severity levels (most severe first, from `settings.operations.severityLevels`) as a range: "P1 to P3", or the one level. */
export function severityRange(levels: readonly string[]): string {
  if (levels.length === 0) throw new Error('settings.operations.severityLevels must name at least one level');
  return levels.length === 1 ? levels[0] : `${levels[0]} to ${levels[levels.length - 1]}`;
}

/** Severity levels as a choice: "P1, P2 or P3". */
export function severityChoice(levels: readonly string[]): string {
  return levels.length <= 1 ? (levels[0] ?? '') : `${levels.slice(0, -1).join(', ')} or ${levels[levels.length - 1]}`;
}
