import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../../../../src/lib/core/dates.ts';
import { DERIVED_CHECK_IDS, type DerivedCheckId } from '../../../../../src/lib/core/vocabulary.ts';
import { runDerivedCheck, type EvidenceContext, type ServiceEvidence } from '../../../../../src/lib/checklists/readiness/derived-checks.ts';

const day = (text: string) => parseIsoDate(text)!;
const blank: ServiceEvidence = { slos: [], severities: [], rota: [], dashboards: [], environments: [] };
const context: EvidenceContext = { severityLevels: ['P1', 'P2', 'P3'], runbookTestPeriod: '6 months', runbooks: [], today: day('2026-12-01') };
const run = (id: DerivedCheckId, service: Partial<ServiceEvidence>, ctx: Partial<EvidenceContext> = {}) => runDerivedCheck(id, { ...blank, ...service }, { ...context, ...ctx });
const notMet = (reason: string) => ({ state: 'not-met', reason });
const met = { state: 'met' };

describe('every derived check', () => {
  it('has no data (null) for a manual that leaves everything blank', () => {
    for (const id of DERIVED_CHECK_IDS) expect(run(id, {}), id).toBeNull();
  });
});

describe('slos-documented', () => {
  it('is met when each SLO has an indicator, a target and a window', () => {
    expect(run('slos-documented', { slos: [{ indicator: 'Requests without error', target: '99.5%', window: '28 days' }] })).toEqual(met);
  });
  it('is not met when an SLO lacks a part, or only the agreement is written', () => {
    expect(run('slos-documented', { slos: [{ indicator: 'Uptime', target: '99%' }] })).toEqual(notMet('service level objective 1 has no window'));
    expect(run('slos-documented', { sla: 'ADR 3' })).toEqual(notMet('no service level objectives are documented, only the agreement'));
  });
});

describe('severity-levels-defined', () => {
  it('is met when every configured level is defined', () => {
    expect(run('severity-levels-defined', { severities: [{ level: 'P1' }, { level: 'P2' }, { level: 'P3' }] })).toEqual(met);
  });
  it('names the missing levels, from the levels passed in', () => {
    expect(run('severity-levels-defined', { severities: [{ level: 'P1' }] })).toEqual(notMet('no P2 or P3 severity is documented'));
    expect(run('severity-levels-defined', { severities: [{ level: 'SEV1' }] }, { severityLevels: ['SEV1', 'SEV2'] })).toEqual(notMet('no SEV2 severity is documented'));
  });
});

describe('rota-covered', () => {
  const lead = { role: 'Support Lead', coveredBy: 'Delivery managers' };
  it('is met when both roles are covered by different groups', () => {
    expect(run('rota-covered', { rota: [lead, { role: 'Support Engineer', coveredBy: 'Developers' }] })).toEqual(met);
  });
  it('is not met when a role is uncovered or one group covers both', () => {
    expect(run('rota-covered', { rota: [lead] })).toEqual(notMet('no one is named to cover the Support Engineer role'));
    expect(run('rota-covered', { rota: [lead, { role: 'Support Engineer', coveredBy: ' delivery  managers' }] })).toEqual(
      notMet('the same group covers both the Support Lead and the Support Engineer roles'),
    );
  });
});

describe('runbooks-tested', () => {
  it('is met when every run book was tested within the period', () => {
    expect(run('runbooks-tested', {}, { runbooks: [{ title: 'Resend emails', lastTested: day('2026-06-01') }] })).toEqual(met);
  });
  it('is not met when a run book is untested or its test is older than the period', () => {
    expect(run('runbooks-tested', {}, { runbooks: [{ title: 'Refresh report' }] })).toEqual(notMet('the run book “Refresh report” has no test date'));
    expect(run('runbooks-tested', {}, { runbooks: [{ title: 'Resend emails', lastTested: day('2026-05-31') }] })).toEqual(
      notMet('the run book “Resend emails” was last tested on 31 May 2026, more than 6 months ago'),
    );
  });
  it('uses the configured period', () => {
    expect(run('runbooks-tested', {}, { runbookTestPeriod: '1 year', runbooks: [{ title: 'R', lastTested: day('2026-01-01') }] })).toEqual(met);
  });
});

describe('recovery-objectives-set', () => {
  it('is met with both objectives and names the missing one otherwise', () => {
    expect(run('recovery-objectives-set', { recoveryPointObjective: '1 hour', recoveryTimeObjective: '4 hours' })).toEqual(met);
    expect(run('recovery-objectives-set', { recoveryPointObjective: '1 hour' })).toEqual(notMet('no recovery time objective (RTO) is set'));
    expect(run('recovery-objectives-set', { recoveryTimeObjective: '4 hours' })).toEqual(notMet('no recovery point objective (RPO) is set'));
  });
});

describe('out-of-hours-stated', () => {
  it('is met when out of hours or on call is stated, not met with support hours only', () => {
    expect(run('out-of-hours-stated', { support: { hours: '9 to 5', onCall: 'No on-call' } })).toEqual(met);
    expect(run('out-of-hours-stated', { support: { hours: '9 to 5' } })).toEqual(notMet('the support hours are documented, but not what happens outside them'));
  });
});

describe('shared-incident-contact', () => {
  it('is met with a channel or mailbox, not met with a person or no incident contact', () => {
    expect(run('shared-incident-contact', { contacts: { incidentContact: '#cpd-support' } })).toEqual(met);
    expect(run('shared-incident-contact', { contacts: { incidentContact: 'support@example.org' } })).toEqual(met);
    expect(run('shared-incident-contact', { contacts: { incidentContact: 'Jo Bloggs' } })).toEqual(notMet('the incident contact is not a shared channel or mailbox'));
    expect(run('shared-incident-contact', { contacts: { teamChannel: '#cpd' } })).toEqual(notMet('no incident contact is documented'));
  });
});

describe('dashboard-linked', () => {
  it('is met when a dashboard has an address', () => {
    expect(run('dashboard-linked', { dashboards: [{ tool: 'Grafana' }, { tool: 'Sentry', url: 'https://sentry.example.org' }] })).toEqual(met);
    expect(run('dashboard-linked', { dashboards: [{ tool: 'Grafana' }] })).toEqual(notMet('no dashboard has an address'));
  });
});

describe('failover-documented', () => {
  it('is met with a failover approach, not met when hosting is documented without one', () => {
    expect(run('failover-documented', { failover: 'Two regions' })).toEqual(met);
    expect(run('failover-documented', { hosting: 'Azure App Service' })).toEqual(notMet('the hosting is documented, but not what happens when it fails (failover)'));
  });
});
