/**
 * Generates a made-up portfolio of services into a content folder: teams,
 * service manuals with every section filled in to different degrees, run books
 * (about 2 a service), dependencies between services (mostly layered, with a few
 * cycles, as real portfolios have), outside dependencies and answers to the
 * checklists already in `<content>/checklists/`. Same arguments, same bytes.
 *
 *   node scripts/bench/generate-portfolio.ts --services 300 --out <content folder> [--seed 1]
 *
 * It writes only the fields the current schemas have (src/schemas/), so the
 * generated files pass `npm run check` as the schemas grow: run books get
 * `alerts:` once the run book schema has it.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { runbookSchema } from '../../src/schemas/runbook.ts';
import { serviceSchema } from '../../src/schemas/service.ts';
import { teamSchema } from '../../src/schemas/team.ts';
import { settings } from '../../src/settings.ts';
import { PHASES } from '../../src/lib/core/vocabulary.ts';
import { isDerivedCheckId, runDerivedCheck } from '../../src/lib/checklists/readiness/derived-checks.ts';
import { capitalise, seeded, slugOf, type Random } from './random.ts';

const TEAM_SUBJECTS = ['Claims', 'Payments', 'Identity', 'Casework', 'Notifications', 'Reporting', 'Schools data', 'Funding', 'Licensing', 'Inspections', 'Appointments', 'Records', 'Grants', 'Complaints', 'Registrations', 'Training', 'Workforce', 'Apprenticeships', 'Teacher services', 'Admissions', 'Accounts', 'Data platform', 'Search', 'Publishing', 'Enquiries', 'Exams', 'Qualifications', 'Childcare', 'Transport', 'Estates'];
const SERVICE_VERBS = ['Apply for', 'Check', 'Manage', 'Report', 'Find', 'Register', 'Claim', 'Renew', 'Pay for', 'Update', 'Book', 'Track', 'Request', 'Publish', 'Appeal'];
const SERVICE_OBJECTS = ['a teaching licence', 'school funding', 'mentor training', 'a childcare place', 'an inspection visit', 'exam results', 'qualification records', 'a grant', 'a school transport pass', 'a complaint', 'apprenticeship funding', 'a building survey', 'a data request', 'staff vetting', 'a supply teacher', 'a school census', 'free school meals', 'course bookings', 'a training provider', 'an academy transfer', 'pupil attendance', 'a bursary', 'a payment', 'school vacancies', 'a teacher pension', 'an appointment', 'an enrolment', 'a research dataset', 'an account', 'a statement'];
const EXTERNAL = [
  { name: 'GOV.UK Notify', description: 'Sends emails and text messages', docs: 'https://docs.notifications.service.gov.uk/', status: 'https://status.notifications.service.gov.uk/' },
  { name: 'GOV.UK Pay', description: 'Takes card payments', docs: 'https://docs.payments.service.gov.uk/', status: 'https://payments.statuspage.io/' },
  { name: 'GOV.UK One Login', description: 'Signs users in', docs: 'https://docs.sign-in.service.gov.uk/', status: 'https://status.account.gov.uk/' },
  { name: 'Ordnance Survey Places API', description: 'Looks up addresses from postcodes', docs: 'https://osdatahub.os.uk/docs/places/overview' },
  { name: 'Azure Blob Storage', description: 'Keeps uploaded files', docs: 'https://learn.microsoft.com/azure/storage/blobs/' },
  { name: 'Sentry', description: 'Collects application errors', docs: 'https://docs.sentry.io/', status: 'https://status.sentry.io/' },
  { name: 'Zendesk', description: 'Holds support tickets from users', docs: 'https://developer.zendesk.com/', status: 'https://status.zendesk.com/' },
] as const;
const HOSTING = ['Azure Kubernetes Service in UK South', 'GOV.UK PaaS successor on AWS in eu-west-2', 'AWS ECS Fargate in eu-west-2', 'Azure App Service in UK South'];
const TOOLS = ['Grafana', 'Azure Monitor', 'Logit.io', 'StatusCake', 'Sentry', 'Prometheus'];
const RUNBOOK_ACTIONS = ['Restart the workers', 'Replay failed jobs', 'Restore the database from a backup', 'Rotate the API keys', 'Fail over to the standby region', 'Rebuild the search index', 'Resend notification emails', 'Clear the cache', 'Scale up for a traffic peak', 'Renew the TLS certificate', 'Re-run the nightly import', 'Unblock a stuck payment'];
const SYMPTOMS = ['HighErrorRate', 'SlowResponses', 'QueueBacklog', 'JobFailed', 'CertificateExpiring', 'DiskFilling', 'ReplicaLagging', 'HealthCheckFailing'];
const DAY = 86_400_000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

export interface PortfolioOptions {
  services: number;
  /** The content folder; its checklists/ folder must already hold the checklists to answer. */
  out: string;
  seed?: string;
  /** Teams: about one for every 12 services unless given. */
  teams?: number;
}
export interface Portfolio {
  teams: number;
  services: number;
  runbooks: number;
}

/** Keeps only the fields a schema knows, so the generator follows the schemas as they change. */
function known(schema: { shape: Record<string, unknown> }, data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([key, value]) => key in schema.shape && value !== undefined));
}

function frontmatter(data: Record<string, unknown>, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body.trim()}\n`;
}

interface Item {
  id: string;
  derivedFrom?: string;
}

/** Checklist ids and their items (with the derived check each names, if any), read from the content folder. */
function checklistItems(out: string): Map<string, Item[]> {
  const folder = path.join(out, 'checklists');
  const found = new Map<string, Item[]>();
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.yaml')).sort()) {
    const data = parse(readFileSync(path.join(folder, file), 'utf8')) as { items?: Item[] };
    found.set(file.replace(/\.yaml$/, ''), (data.items ?? []).map(({ id, derivedFrom }) => ({ id, derivedFrom })));
  }
  return found;
}

export function generatePortfolio({ services: count, out, seed = '1', teams: teamCount }: PortfolioOptions): Portfolio {
  const random = seeded(`portfolio:${seed}`);
  const today = Date.UTC(2026, 10, 1);
  const teams = Array.from({ length: Math.max(1, Math.min(TEAM_SUBJECTS.length, teamCount ?? Math.round(count / 12))) }, (_, i) => {
    const name = `${TEAM_SUBJECTS[i]} team`;
    return { id: slugOf(name), name };
  });
  mkdirSync(path.join(out, 'teams'), { recursive: true });
  for (const team of teams) {
    writeFileSync(path.join(out, 'teams', `${team.id}.yaml`), stringify(known(teamSchema as never, { name: `${team.name} (generated)`, description: `Runs ${team.name.replace(/ team$/, '').toLowerCase()} services in the generated benchmark portfolio.`, contact: `#${team.id}` })));
  }

  const names = new Set<string>();
  const services = Array.from({ length: count }, (_, i) => {
    let name = `${random.one(SERVICE_VERBS)} ${random.one(SERVICE_OBJECTS)}`;
    if (names.has(name)) name = `${name} ${Math.floor(i / 50) + 2}`;
    for (let n = 2; names.has(name); n++) name = `${name.replace(/ \d+$/, '')} ${n}`;
    names.add(name);
    return { id: slugOf(name), name, team: teams[i % teams.length]!, index: i };
  });

  const checklists = checklistItems(out);
  const levels = settings.operations.severityLevels;
  let runbookCount = 0;
  mkdirSync(path.join(out, 'services'), { recursive: true });
  mkdirSync(path.join(out, 'runbooks'), { recursive: true });
  for (const service of services) {
    const phase = pickPhase(random);
    const detail = random.next(); // how fully the team has documented the service
    const host = random.one(HOSTING);
    const site = `https://${service.id}.example.org`;
    // Mostly on services generated before this one (layers); about 1 in 30 also on a later one, which closes some cycles.
    const earlier = services.slice(0, service.index);
    const dependsOn = random.some(earlier, random.between(0, Math.min(3, earlier.length))).map((other) => other.id);
    if (service.index < count - 1 && random.chance(1 / 30)) dependsOn.push(services[random.between(service.index + 1, count - 1)]!.id);

    // An alert leads to one run book (the check rejects a duplicate), so each symptom is used once per service.
    const usedSymptoms = new Set<string>();
    const runbooks = random.some(RUNBOOK_ACTIONS, random.between(1, 3)).map((title) => {
      const reviewed = today - random.between(0, 400) * DAY;
      const lastTested = random.chance(0.8) ? reviewed - random.between(0, 200) * DAY : undefined;
      const free = SYMPTOMS.filter((symptom) => !usedSymptoms.has(symptom));
      const symptoms = random.some(free, Math.min(free.length, random.between(1, 2)));
      for (const symptom of symptoms) usedSymptoms.add(symptom);
      return { id: `${service.id}-${slugOf(title)}`, title, alerts: symptoms.map((symptom) => `${service.id}-${symptom}`), reviewed, lastTested };
    });

    const manual = {
      name: `${service.name} (generated)`,
      description: `Generated for the build benchmark: lets people ${service.name.toLowerCase()} online.`,
      example: true,
      phase,
      type: random.one(['website', 'service', 'api', 'data-pipeline'] as const),
      owner: service.team.id,
      system: `${service.team.id}-system`,
      tags: random.some(['payments', 'identity', 'schools', 'teachers', 'funding', 'data'], random.between(1, 3)),
      lastReviewed: isoDay(today - random.between(0, 500) * DAY),
      reviewIn: random.one(['3 months', '6 months', '12 months']),
      contacts: { productOwner: 'Service owner', technicalLead: 'Lead developer', teamChannel: `#${service.team.id}`, incidentContact: `#${service.id}-incidents` },
      dashboards: random.some(['application-performance', 'logs', 'uptime', 'errors', 'alerts'] as const, detail > 0.2 ? random.between(2, 4) : 0).map((kind) => ({ kind, tool: random.one(TOOLS), url: `https://dashboards.example.org/${service.id}/${kind}` })),
      repositories: [{ name: `example-org/${service.id}`, url: `https://github.com/example-org/${service.id}` }],
      languages: random.some(['Ruby', 'TypeScript', 'C#', 'Python', 'Java'], random.between(1, 2)),
      dependsOn,
      externalDependencies: random.some(EXTERNAL, random.between(0, 3)).map((dependency) => ({
        name: dependency.name,
        description: dependency.description,
        docs: { title: `${dependency.name} documentation`, url: dependency.docs },
        ...('status' in dependency ? { statusPage: { title: 'Service status', url: dependency.status } } : {}),
      })),
      environments: ['Staging', 'Production'].map((name) => ({ name, url: name === 'Production' ? site : `https://staging.${service.id}.example.org`, hosting: host })),
      hosting: host,
      failover: detail > 0.3 ? random.one(['Runs in three availability zones; losing one does not stop the service.', 'A standby in a second region takes over within 30 minutes, by hand.', 'No failover: the service is rebuilt from code and backups.']) : undefined,
      backups: detail > 0.3 ? 'Daily database backups kept for 30 days; a restore is tested every quarter.' : undefined,
      recoveryPointObjective: detail > 0.4 ? random.one(['15 minutes', '1 hour', '24 hours']) : undefined,
      recoveryTimeObjective: detail > 0.4 ? random.one(['1 hour', '4 hours', '1 working day']) : undefined,
      slos: detail > 0.3 ? [{ indicator: 'Requests served without error', target: random.one(['99.5%', '99.9%', '99%']), window: '28 days' }] : [],
      severities: detail > 0.25 ? levels.map((level, rank) => ({
        level,
        definition: ['The service is down for everyone', 'A main task fails for some users', 'A minor fault with a workaround', 'A cosmetic fault'][Math.min(rank, 3)],
        responseTime: ['30 minutes, 24 hours a day', '2 hours in support hours', 'Next working day', 'Within a week'][Math.min(rank, 3)],
        communication: rank === 0 ? `Banner on the service and a post in #${service.id}-incidents` : `Post in #${service.team.id}`,
        updateFrequency: ['Every hour', 'Twice a day', 'When the status changes', 'When fixed'][Math.min(rank, 3)],
      })) : [],
      support: detail > 0.2 ? { hours: '9am to 5pm, Monday to Friday', outOfHours: random.one(['On-call engineer paged for P1 incidents', 'Picked up the next working day']), onCall: random.one(['Weekly on-call rota', 'No on-call']) } : undefined,
      rota: detail > 0.3 ? [{ role: 'Support Lead', coveredBy: 'Delivery manager, weekly rota' }, { role: 'Support Engineer', coveredBy: 'Developers, weekly rota' }] : [],
      knownIssues: [{ issue: 'Pages are slow after a release', response: 'Wait ten minutes for the cache to warm; if not, clear it.', runbook: runbooks[0]!.id }],
      scheduledTasks: [{ mode: 'automated', performedBy: 'Nightly job', summary: 'Import the day’s records', frequency: 'Nightly at 01:00', runbook: runbooks.at(-1)!.id }],
    };
    // A team answers done only where its own manual does not say otherwise (a contradiction is a warning for the team to act on).
    const evidence = { severityLevels: levels, runbookTestPeriod: settings.operations.runbookTestPeriod, today: new Date(today), runbooks: runbooks.map((book) => ({ title: book.title, lastTested: book.lastTested === undefined ? undefined : new Date(book.lastTested) })) };
    const contradicted = (item: Item) => item.derivedFrom !== undefined && isDerivedCheckId(item.derivedFrom) && runDerivedCheck(item.derivedFrom, manual, evidence)?.state === 'not-met';
    const answers: Record<string, Record<string, unknown>> = {};
    for (const [checklist, items] of checklists) {
      if (!random.chance(0.65)) continue;
      answers[checklist] = Object.fromEntries(items.map((item) => {
        const given = answer(random, today);
        return [item.id, given.status === 'done' && contradicted(item) ? { status: 'in-progress', date: given.date } : given];
      }));
    }
    const data = known(serviceSchema as never, { ...manual, checklists: answers });
    writeFileSync(path.join(out, 'services', `${service.id}.md`), frontmatter(data, `${service.name} is a made-up service, generated to measure how the site copes with a large portfolio. Its facts are invented.`));

    for (const runbook of runbooks) {
      const book = known(runbookSchema as never, {
        title: runbook.title,
        service: service.id,
        whenToUse: `When ${runbook.alerts.join(' or ')} fires, or a user reports the same symptom.`,
        alerts: runbook.alerts,
        lastTested: runbook.lastTested === undefined ? undefined : isoDay(runbook.lastTested),
        lastReviewed: isoDay(runbook.reviewed),
        reviewIn: '6 months',
      });
      const steps = Array.from({ length: random.between(4, 8) }, (_, s) => `${s + 1}. ${capitalise(random.one(['check the dashboard', 'post in the incident channel', 'run the script from the repository', 'confirm the error rate falls', 'note the time in the incident log', 'ask a second developer to check']))}.`);
      writeFileSync(path.join(out, 'runbooks', `${runbook.id}.md`), frontmatter(book, steps.join('\n')));
      runbookCount++;
    }
  }
  return { teams: teams.length, services: services.length, runbooks: runbookCount };
}

function pickPhase(random: Random): (typeof PHASES)[number] {
  const roll = random.next();
  return roll < 0.05 ? 'discovery' : roll < 0.15 ? 'alpha' : roll < 0.4 ? 'beta' : roll < 0.9 ? 'live' : roll < 0.95 ? 'retiring' : 'retired';
}

function answer(random: Random, today: number): Record<string, unknown> {
  const roll = random.next();
  const date = isoDay(today - random.between(0, 300) * DAY);
  if (roll < 0.55) return { status: 'done', evidence: 'Recorded in the team’s wiki', date };
  if (roll < 0.65) return { status: 'in-progress', date, exception: { reason: 'Agreed with the service owner while the work is planned', expires: isoDay(today + random.between(-60, 300) * DAY) } };
  if (roll < 0.8) return { status: 'in-progress', date };
  if (roll < 0.9) return { status: 'not-applicable', reason: 'Does not apply to a service of this kind; agreed with the service owner.' };
  return { status: 'not-started' };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { services: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } } });
  const services = Number(values.services);
  if (!values.out || !Number.isInteger(services) || services < 1) {
    console.error('usage: node scripts/bench/generate-portfolio.ts --services N --out <content folder with checklists/> [--seed S]');
    process.exit(1);
  }
  const made = generatePortfolio({ services, out: values.out, seed: values.seed });
  console.log(`wrote ${made.teams} teams, ${made.services} services and ${made.runbooks} run books to ${values.out}`);
}
