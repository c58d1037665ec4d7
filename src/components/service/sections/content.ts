/**
 * What each section of a service manual shows, by section id: whether it is
 * empty ("Not documented yet") and, if not, its blocks. ServiceManual renders
 * SERVICE_SECTIONS (src/lib/services/sections.ts) in their declared order,
 * each with its content from here, so the headings list, the contents list
 * and the page can never disagree. `npm run typecheck` checks that:
 * - every declared section has exactly one entry here (a missing or
 *   misspelt id is a type error on SECTION_CONTENT);
 * - every field a section declares is a field of the service schema.
 */
import { formatLongDate } from '../../../lib/core/dates.ts';
import { sentenceCase } from '../../../lib/core/sentence-case.ts';
import { inVocabularyOrder } from '../../../lib/incidents/severity.ts';
import { PHASE_TAG } from '../../../lib/services/format.ts';
import { runbookPath, servicePath } from '../../../lib/services/routes.ts';
import { SERVICE_SECTIONS, type ServiceSection, type ServiceSectionId } from '../../../lib/services/sections.ts';
import { teamPath } from '../../../lib/teams/teams.ts';
import { settings } from '../../../settings.ts';
import type { ServiceLink, ServiceView } from '../../../data/services.ts';
import { blastRadius, dependencyMap, listsParts, orMissing, paragraphsOrMissing, readiness, summaryCards, summaryList, table, type Block } from './blocks.ts';
import { contact, linked, many, plain, type Cell } from '../cells.ts';

/** What the page hands the service manual. */
export interface ServiceManualData {
  view: ServiceView;
  /** Whether the body of the file has anything in it. */
  hasNotes: boolean;
  /** The service's neighbourhood map, drawn by the page. */
  map?: { svg: string; lines: string[] };
  /** The build's "today". */
  today: Date;
}

interface SectionContent {
  /** Nothing in the section is documented. */
  empty: boolean;
  blocks: Block[];
}

/** A top-level field of a service's frontmatter, as the schema defines it. */
type ServiceField = keyof ServiceView['entry']['data'];

const serviceLinks = (services: ServiceLink[]) => many(services.map((s) => ({ text: s.name, href: servicePath(s.id), example: s.example })));

/** "Run book: <title>", linked, for a row that names one of the service's run books. */
function runbookLink(view: ServiceView, id: string | undefined): Cell[] {
  const runbook = id ? view.runbooks.find((r) => r.id === id) : undefined;
  return runbook ? [{ text: `Run book: ${runbook.data.title}`, href: runbookPath(view.entry.id, runbook.id) }] : [];
}

const SECTION_CONTENT: Record<ServiceSectionId, (page: ServiceManualData) => SectionContent> = {
  overview: ({ view }) => {
    const data = view.entry.data;
    const teamContact = view.team?.data.contact;
    return { empty: false, blocks: [summaryList([
      { key: 'Description', value: plain(data.description) },
      { key: 'Phase', value: [{ text: sentenceCase(data.phase), tag: PHASE_TAG[data.phase] }, ...(data.phaseInferred ? [{ text: `Inferred: ${data.phaseInferred}` }] : [])] },
      { key: 'Type', value: plain(data.type && sentenceCase(data.type)) },
      { key: 'Owner', value: many([{ text: view.teamName, href: teamPath(data.owner) }, ...(teamContact ? [{ text: `Team contact: ${teamContact}` }] : [])]) },
      { key: 'System', value: plain(data.system) },
    ])] };
  },

  contacts: ({ view }) => {
    const contacts = view.entry.data.contacts ?? {};
    return { empty: Object.keys(contacts).length === 0, blocks: [summaryList([
      { key: 'Product owner', value: plain(contacts.productOwner) },
      { key: 'Technical lead', value: plain(contacts.technicalLead) },
      { key: 'Team channel', value: contact(contacts.teamChannel) },
      { key: 'Incident contact', value: contact(contacts.incidentContact) },
    ])] };
  },

  status: ({ view: { entry: { data: { badges } } } }) => ({
    empty: badges.length === 0,
    blocks: [table('Status badges', ['Stage', 'Status'], badges.map((b) => [plain(b.label), b.link ? linked(b.text ?? b.label, b.link) : plain(b.text)]))],
  }),

  dashboards: ({ view: { entry: { data: { dashboards } } } }) => ({
    empty: dashboards.length === 0,
    blocks: [table('Dashboards', ['Shows', 'Dashboard'], dashboards.map((d) => [plain(sentenceCase(d.kind)), linked(d.tool, d.url)]))],
  }),

  code: ({ view: { entry: { data: { repositories, languages, frameworks } } } }) => ({
    empty: repositories.length + languages.length + frameworks.length === 0,
    blocks: [summaryList([
      { key: 'Repositories', value: many(repositories.map((r) => linked(r.name, r.url))) },
      { key: 'Languages', value: plain(languages.join(', ') || undefined) },
      { key: 'Frameworks', value: plain(frameworks.join(', ') || undefined) },
    ])],
  }),

  documentation: ({ view: { entry: { data: { documentation } } } }) => ({
    empty: documentation.length === 0,
    blocks: [table('Documentation', ['Kind', 'Document'], documentation.map((d) => [plain(d.kind), linked(d.name, d.url)]))],
  }),

  dependencies: ({ view, map }) => ({
    empty: false,
    blocks: [
      summaryList([
        { key: 'Depends on', value: serviceLinks(view.dependsOn) },
        { key: 'Used by', value: serviceLinks(view.usedBy) ?? { text: 'No service in this manual lists it as a dependency' } },
      ]),
      ...(map ? [dependencyMap(map)] : []),
      blastRadius(view),
      { kind: 'heading', text: 'External dependencies' },
      ...orMissing(view.entry.data.externalDependencies, (outside) => summaryCards(outside.map((d) => ({ title: d.name, rows: [
        { key: 'Used for', value: plain(d.description) },
        { key: 'Documentation', value: d.docs && linked(d.docs.title, d.docs.url) },
        { key: 'Status page', value: d.statusPage && linked(d.statusPage.title, d.statusPage.url) },
      ] })))),
    ],
  }),

  environments: ({ view: { entry: { data: { environments } } } }) => ({
    empty: environments.length === 0,
    blocks: [table('Environments', ['Environment', 'Purpose', 'Hosting', 'Region'], environments.map((e) => [linked(e.name, e.url), plain(e.purpose), plain(e.hosting), plain(e.region)]))],
  }),

  resilience: ({ view: { entry: { data } } }) => ({
    empty: ![data.hosting, data.failover, data.backups, data.recoveryPointObjective, data.recoveryTimeObjective].some(Boolean),
    blocks: [
      summaryList([
        { key: 'Hosting', value: data.hosting && data.hostingInferred ? [{ text: data.hosting }, { text: `Inferred: ${data.hostingInferred}` }] : plain(data.hosting) },
        { key: 'Backups', value: plain(data.backups) },
        { key: 'Recovery point objective', value: plain(data.recoveryPointObjective) },
        { key: 'Recovery time objective', value: plain(data.recoveryTimeObjective) },
      ]),
      { kind: 'heading', text: 'Failover and high availability' },
      paragraphsOrMissing(data.failover),
    ],
  }),

  'service-levels': ({ view: { entry: { data: { slos, sla, severities } } } }) => ({
    empty: slos.length + severities.length === 0 && !sla,
    blocks: [
      { kind: 'heading', text: 'Service level objectives' },
      ...orMissing(slos, (objectives) => table('Service level objectives', ['Indicator', 'Target', 'Window'], objectives.map((s) => [plain(s.indicator), plain(s.target), plain(s.window)]))),
      { kind: 'heading', text: 'Service level agreement' },
      paragraphsOrMissing(sla),
      { kind: 'heading', text: 'Incident severity levels' },
      ...orMissing(severities, (levels) => summaryCards(inVocabularyOrder([...levels], settings.operations.severityLevels).map((s) => ({ title: s.level, rows: [
        { key: 'Definition', value: plain(s.definition) },
        { key: 'Response time', value: plain(s.responseTime) },
        { key: 'How we communicate', value: plain(s.communication) },
        { key: 'How often', value: plain(s.updateFrequency) },
      ] })))),
    ],
  }),

  support: ({ view: { entry: { data } } }) => {
    const support = data.support ?? {};
    const rotaFor = (role: string) => many(data.rota.filter((r) => r.role === role).map((r) => ({ text: r.coveredBy })));
    return { empty: Object.keys(support).length + data.rota.length === 0, blocks: [summaryList([
      { key: 'Support hours', value: plain(support.hours) },
      { key: 'Out of hours', value: plain(support.outOfHours) },
      { key: 'On call', value: plain(support.onCall) },
      { key: 'Support Lead', value: rotaFor('Support Lead') },
      { key: 'Support Engineer', value: rotaFor('Support Engineer') },
    ])] };
  },

  licences: ({ view: { entry: { data: { licences } } } }) => ({
    empty: licences.length === 0,
    blocks: summaryCards(licences.map((l) => ({ title: l.item, rows: [
      { key: 'Purchaser', value: plain(l.purchaser) },
      { key: 'Contacts', value: contact(l.contacts) },
      { key: 'Issuer', value: plain(l.issuer) },
      { key: 'Renewal date', value: plain(l.renewalDate && formatLongDate(l.renewalDate)) },
      { key: 'Renewal process', value: plain(l.renewalProcess) },
    ] }))),
  }),

  'run-books': ({ view }) => ({
    empty: view.runbooks.length === 0,
    blocks: [table('Run books', ['Run book', 'When to use it', 'Last tested'], view.runbooks.map((r) => [
      { text: r.data.title, href: runbookPath(view.entry.id, r.id) },
      plain(r.data.whenToUse),
      plain(r.data.lastTested && formatLongDate(r.data.lastTested)),
    ]))],
  }),

  'known-issues': ({ view }) => ({
    empty: view.entry.data.knownIssues.length === 0,
    blocks: [table('Common and known issues', ['Issue', 'Response'], view.entry.data.knownIssues.map((k) => [plain(k.issue), [{ text: k.response }, ...runbookLink(view, k.runbook)]]))],
  }),

  'scheduled-tasks': ({ view }) => ({
    empty: view.entry.data.scheduledTasks.length === 0,
    blocks: [table('Scheduled and regular tasks', ['Task', 'Manual or automated', 'Performed by', 'How often'], view.entry.data.scheduledTasks.map((t) => [
      [{ text: t.summary }, ...runbookLink(view, t.runbook)],
      plain(sentenceCase(t.mode)),
      plain(t.performedBy),
      plain(t.frequency),
    ]))],
  }),

  testing: ({ view }) => {
    const testing = view.entry.data.testing ?? {};
    return { empty: Object.keys(testing).length === 0, blocks: [summaryList([
      { key: 'General changes', value: plain(testing.changes) },
      { key: 'Regression testing', value: plain(testing.regression) },
      { key: 'Smoke tests', value: plain(testing.smoke) },
      { key: 'Security testing', value: plain(testing.security) },
      { key: 'Performance testing', value: plain(testing.performance) },
    ])] };
  },

  readiness: ({ view, today }) => ({
    empty: false,
    blocks: [readiness(view.readiness, view.entry.data.phase, today)],
  }),

  notes: ({ hasNotes }) => ({ empty: !hasNotes, blocks: [{ kind: 'notes' }] }),
};

/**
 * Every section of a service manual, in the declared order, with what it
 * shows. `parts`: the blocks name the section's parts (listsParts), so a
 * blank section shows them, each "Not documented yet", rather than one line.
 */
export function serviceManualSections(page: ServiceManualData): (SectionContent & { section: ServiceSection<ServiceSectionId>; parts: boolean })[] {
  const sections: readonly ServiceSection<ServiceSectionId, ServiceField>[] = SERVICE_SECTIONS;
  return sections.map((section) => {
    const content = SECTION_CONTENT[section.id](page);
    return { section, ...content, parts: listsParts(content.blocks) };
  });
}
