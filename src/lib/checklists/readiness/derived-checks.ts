/**
 * Derived checks: what a service's own manual says about a checklist item,
 * computed from the manual's fields, so the team's answer can be compared
 * with the evidence. A checklist item names one with `derivedFrom: <check-id>`.
 *
 * Each check returns:
 * - `{ state: 'met' }`: the manual shows the item is in place;
 * - `{ state: 'not-met', reason }`: the manual documents the subject but falls
 *   short; `reason` finishes the sentence "answered done, but …";
 * - `null`: no data. The manual leaves the whole subject blank ("Not documented
 *   yet" on its page), so it neither confirms nor contradicts the team's answer,
 *   whose evidence may be kept elsewhere. A blank section never raises a conflict.
 *
 * Pure: the severity levels, the run book test period and "today" are passed in.
 */
import { formatLongDate } from '../../core/dates.ts';
import { runbookTest, testPeriod } from '../../incidents/runbook-tests.ts';
import type { DerivedCheckId } from '../../core/vocabulary.ts';

/** The parts of a service manual the checks read; blank fields are undefined or empty lists. */
export interface ServiceEvidence {
  slos: readonly { indicator?: string; target?: string; window?: string }[];
  sla?: string;
  severities: readonly { level: string }[];
  rota: readonly { role: string; coveredBy?: string }[];
  support?: { hours?: string; outOfHours?: string; onCall?: string };
  recoveryPointObjective?: string;
  recoveryTimeObjective?: string;
  contacts?: { teamChannel?: string; incidentContact?: string; productOwner?: string; technicalLead?: string };
  dashboards: readonly { tool?: string; url?: string }[];
  hosting?: string;
  environments: readonly unknown[];
  failover?: string;
  backups?: string;
}

export interface RunbookEvidence {
  title: string;
  lastTested?: Date;
}

export interface EvidenceContext {
  /** `settings.operations.severityLevels`: every level a service should define, most severe first. */
  severityLevels: readonly string[];
  /** `settings.operations.runbookTestPeriod`, such as "6 months". */
  runbookTestPeriod: string;
  /** The service's run books. */
  runbooks: readonly RunbookEvidence[];
  today: Date;
}

export type DerivedResult = { state: 'met' } | { state: 'not-met'; reason: string } | null;

/** The two support roles a rota must cover ("Preparing for live support"). */
export const ROTA_ROLES = ['Support Lead', 'Support Engineer'] as const;

/** A shared channel (#name), a mailbox, or a web address: never one person. Same rule as the service schema's contacts. */
export const SHARED_CONTACT = /^#[\w.-]+|[^\s@]+@[^\s@]+\.[^\s@]+|^https:\/\//;

const MET: DerivedResult = { state: 'met' };
const notMet = (reason: string): DerivedResult => ({ state: 'not-met', reason });
const filled = (text: string | undefined): text is string => typeof text === 'string' && text.trim() !== '';

/** "P2", "P2 or P3", "P1, P2 or P3". */
export function orList(words: readonly string[]): string {
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : (words[0] ?? '');
}

function slosDocumented(service: ServiceEvidence): DerivedResult {
  if (service.slos.length === 0) return filled(service.sla) ? notMet('no service level objectives are documented, only the agreement') : null;
  const missing = service.slos.findIndex((slo) => !filled(slo.indicator) || !filled(slo.target) || !filled(slo.window));
  if (missing >= 0) {
    const slo = service.slos[missing]!;
    const gaps = (['indicator', 'target', 'window'] as const).filter((field) => !filled(slo[field]));
    return notMet(`service level objective ${missing + 1} has no ${orList(gaps)}`);
  }
  return MET;
}

function severityLevelsDefined(service: ServiceEvidence, context: EvidenceContext): DerivedResult {
  if (service.severities.length === 0) return null;
  const defined = new Set(service.severities.map((severity) => severity.level));
  const missing = context.severityLevels.filter((level) => !defined.has(level));
  return missing.length ? notMet(`no ${orList(missing)} severity is documented`) : MET;
}

const group = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

function rotaCovered(service: ServiceEvidence): DerivedResult {
  if (service.rota.length === 0) return null;
  const coveredBy = (role: string) => service.rota.filter((entry) => entry.role === role && filled(entry.coveredBy)).map((entry) => group(entry.coveredBy!));
  const uncovered = ROTA_ROLES.filter((role) => coveredBy(role).length === 0);
  if (uncovered.length) return notMet(`no one is named to cover the ${orList(uncovered)} role`);
  const [lead, engineer] = ROTA_ROLES.map(coveredBy);
  if (lead!.some((name) => engineer!.includes(name))) return notMet('the same group covers both the Support Lead and the Support Engineer roles');
  return MET;
}

function runbooksTested(_service: ServiceEvidence, context: EvidenceContext): DerivedResult {
  if (context.runbooks.length === 0) return null;
  const period = testPeriod(context.runbookTestPeriod);
  const untested = context.runbooks.filter((runbook) => !runbook.lastTested);
  if (untested.length) return notMet(`the run book “${untested[0]!.title}” has no test date`);
  // The run book page's own rule decides whether a test is out of date.
  const stale = context.runbooks.filter((runbook) => runbookTest(runbook.lastTested, context.today, period).state === 'due');
  if (stale.length) {
    return notMet(`the run book “${stale[0]!.title}” was last tested on ${formatLongDate(stale[0]!.lastTested!)}, more than ${context.runbookTestPeriod} ago`);
  }
  return MET;
}

function recoveryObjectivesSet(service: ServiceEvidence): DerivedResult {
  const rpo = filled(service.recoveryPointObjective);
  const rto = filled(service.recoveryTimeObjective);
  if (!rpo && !rto) return null;
  if (!rpo) return notMet('no recovery point objective (RPO) is set');
  if (!rto) return notMet('no recovery time objective (RTO) is set');
  return MET;
}

function outOfHoursStated(service: ServiceEvidence): DerivedResult {
  const support = service.support;
  if (!support || (!filled(support.hours) && !filled(support.outOfHours) && !filled(support.onCall))) return null;
  return filled(support.outOfHours) || filled(support.onCall) ? MET : notMet('the support hours are documented, but not what happens outside them');
}

function sharedIncidentContact(service: ServiceEvidence): DerivedResult {
  const contacts = service.contacts;
  if (!contacts || !Object.values(contacts).some(filled)) return null;
  if (!filled(contacts.incidentContact)) return notMet('no incident contact is documented');
  return SHARED_CONTACT.test(contacts.incidentContact) ? MET : notMet('the incident contact is not a shared channel or mailbox');
}

function dashboardLinked(service: ServiceEvidence): DerivedResult {
  if (service.dashboards.length === 0) return null;
  return service.dashboards.some((dashboard) => filled(dashboard.url)) ? MET : notMet('no dashboard has an address');
}

function failoverDocumented(service: ServiceEvidence): DerivedResult {
  if (filled(service.failover)) return MET;
  const hostingKnown = filled(service.hosting) || filled(service.backups) || service.environments.length > 0;
  return hostingKnown ? notMet('the hosting is documented, but not what happens when it fails (failover)') : null;
}

interface DerivedCheck {
  /** What the check looks for, for the checklist page: "the manual documents …". */
  summary: string;
  /**
   * The checklist items (`<checklist-id>/<item-id>`) this check's evidence shows met, in full: the
   * items on which a met result may tell the team "mark it done". The content check rejects
   * `derivedFrom` on any other item (lib/checklists/references.ts), so a check never claims more
   * than its evidence shows: describing failover is not evidence of uptime, nor of a failover test.
   * Add an item here only when the manual's fields this check reads prove everything the item asks.
   */
  evidences: readonly string[];
  /** What to write in the manual to meet it, for `npm run check`. */
  fix: string;
  run: (service: ServiceEvidence, context: EvidenceContext) => DerivedResult;
}

/** Every derived check, by the id checklist items name in `derivedFrom`. */
export const DERIVED_CHECKS = {
  'slos-documented': { evidences: ['ready-for-live-support/service-level-objectives'], summary: 'service level objectives, each with an indicator, a target and a window', fix: 'add each objective to `slos:` with indicator, target and window', run: slosDocumented },
  'severity-levels-defined': { evidences: ['ready-for-live-support/severity-levels'], summary: 'every incident severity level the site uses', fix: 'define every level in `severities:`', run: severityLevelsDefined },
  'rota-covered': { evidences: ['ready-for-live-support/support-rota', 'operate-a-reliable-service/live-support-plan'], summary: 'who covers the Support Lead and the Support Engineer roles, two different groups', fix: 'name who covers each role in `rota:`, a different group for each', run: rotaCovered },
  'runbooks-tested': { evidences: ['ready-for-live-support/run-books'], summary: 'at least one run book, each tested within the run book test period', fix: 'follow the run book end to end and set its `lastTested:` (content/runbooks/)', run: runbooksTested },
  'recovery-objectives-set': { evidences: ['operate-a-reliable-service/recovery-objectives'], summary: 'a recovery point objective and a recovery time objective', fix: 'set `recoveryPointObjective:` and `recoveryTimeObjective:`', run: recoveryObjectivesSet },
  'out-of-hours-stated': { evidences: ['ready-for-live-support/out-of-hours-support'], summary: 'what happens outside support hours', fix: 'say what happens outside support hours in `support.outOfHours:` or `support.onCall:`', run: outOfHoursStated },
  'shared-incident-contact': { evidences: ['ready-for-live-support/incident-systems'], summary: 'an incident contact that is a shared channel or mailbox', fix: 'set `contacts.incidentContact:` to a shared channel or mailbox', run: sharedIncidentContact },
  'dashboard-linked': { evidences: [], summary: 'at least one dashboard with its address', fix: 'give a dashboard its `url:` in `dashboards:`', run: dashboardLinked },
  'failover-documented': { evidences: [], summary: 'what happens when the hosting fails (failover)', fix: 'describe the failover approach in `failover:`', run: failoverDocumented },
} as const satisfies Record<DerivedCheckId, DerivedCheck>;

export function isDerivedCheckId(id: string): id is DerivedCheckId {
  return Object.hasOwn(DERIVED_CHECKS, id);
}

/** Runs one check against one service's manual. */
export function runDerivedCheck(id: DerivedCheckId, service: ServiceEvidence, context: EvidenceContext): DerivedResult {
  return DERIVED_CHECKS[id].run(service, context);
}

/** The state as checklists.json writes it. */
export function derivedState(result: DerivedResult): 'met' | 'not-met' | null {
  return result ? result.state : null;
}
