/**
 * The sections of a service manual, declared once: each section's id, its
 * heading, what to write in it and the fields it shows, in the one order
 * every manual shows them. The service page's headings and contents list,
 * the order the page renders its sections (src/components/service/sections/)
 * and the "Create a service manual" page all read this list, so none of them
 * can disagree. The ids and fields are literal types: a section component
 * registered under a misspelt id, or a field the service schema does not
 * have, is a type error (checked in src/components/service/sections/index.ts,
 * which may see the schema; this module may not).
 */
import { settings } from '../../settings.ts';
import { severityRange } from '../core/vocabulary.ts';

export interface ServiceSection<Id extends string = string, Field extends string = string> {
  /** The heading's id on a service page; `write-<id>` on the Create page. */
  id: Id;
  title: string;
  /** What to write, for the Create page. */
  help: string;
  /** The frontmatter fields this section shows. */
  fields: readonly Field[];
}

export const SERVICE_SECTIONS = [
  {
    id: 'overview',
    title: 'Overview',
    fields: ['description', 'phase', 'phaseInferred', 'type', 'owner', 'system', 'example', 'tags'],
    help: 'Say what the service does and who uses it in 50 words or fewer, its delivery phase, what kind of software it is, the team that runs it and the larger system it belongs to.',
  },
  {
    id: 'contacts',
    title: 'Contacts',
    fields: ['contacts'],
    help: 'Name the product owner and technical lead (a name or a role), the team channel, and where to report an incident. The incident contact must be a shared channel or mailbox that someone watches, never one person.',
  },
  {
    id: 'status',
    title: 'Status',
    fields: ['badges'],
    help: 'List a status badge for the code tests and for each environment’s deployment: what it reports, what it says, and links to the pipeline.',
  },
  {
    id: 'dashboards',
    title: 'Dashboards',
    fields: ['dashboards'],
    help: 'Link every dashboard an on-call engineer needs: application and database performance, logs and uptime. Give the kind, the tool and an https address.',
  },
  {
    id: 'code',
    title: 'Code and technology',
    fields: ['repositories', 'languages', 'frameworks'],
    help: 'List the code repositories with their https addresses, and the main programming languages and frameworks.',
  },
  {
    id: 'documentation',
    title: 'Documentation',
    fields: ['documentation'],
    help: 'Link the documentation people need to support the service, such as API docs and architecture decision records.',
  },
  {
    id: 'dependencies',
    title: 'Dependencies',
    fields: ['dependsOn', 'externalDependencies'],
    help: 'List the ids of our services this one needs in `dependsOn`; their pages then show this service under “Used by”. For each outside product, give what you use it for and links to its documentation and status page.',
  },
  {
    id: 'environments',
    title: 'Environments',
    fields: ['environments'],
    help: 'List each environment with its address, what it is for, where it is hosted and its region.',
  },
  {
    id: 'resilience',
    title: 'Hosting and recovery',
    fields: ['hosting', 'hostingInferred', 'failover', 'backups', 'recoveryPointObjective', 'recoveryTimeObjective'],
    help: 'Describe the hosting, what happens when part of it fails (failover and high availability), the backups, and the recovery point and recovery time objectives agreed with the service owner.',
  },
  {
    id: 'service-levels',
    title: 'Service levels',
    fields: ['slos', 'sla', 'severities'],
    help: `Give each service level objective as an indicator, a target and a window; say where the service level agreement is; and define incident severities ${severityRange(settings.operations.severityLevels)} with the response time, how you communicate and how often.`,
  },
  {
    id: 'support',
    title: 'Support',
    fields: ['support', 'rota'],
    help: 'Give the support hours, what happens out of hours and any on-call arrangement, and who covers the Support Lead and Support Engineer roles. Two different people should cover the two roles at any one time.',
  },
  {
    id: 'licences',
    title: 'Licences',
    fields: ['licences'],
    help: 'List each licence with who bought it, who to contact, who issues it, the renewal date and how renewal happens. A renewal date in the past shows a warning on the page.',
  },
  {
    id: 'run-books',
    title: 'Run books',
    fields: [],
    help: 'Add each run book as a file in content/runbooks/ with `service:` set to this service’s id: when to use it, the alerts that call for it (`alerts:`, each given an address for alert rules under /alerts/), when it was last tested, and the steps, with commands in code blocks. It is listed here and in the “In an incident” panel, and published under this page.',
  },
  {
    id: 'known-issues',
    title: 'Common and known issues',
    fields: ['knownIssues'],
    help: 'List the issues people report or alerts that fire, each with the response and, where there is one, the run book to follow.',
  },
  {
    id: 'scheduled-tasks',
    title: 'Scheduled and regular tasks',
    fields: ['scheduledTasks'],
    help: 'List each regular task: whether a person or a job does it, who performs it, what it is and how often, and its run book.',
  },
  {
    id: 'testing',
    title: 'Testing',
    fields: ['testing'],
    help: 'Say how general changes are tested, the regression tests run after releases and major changes, the smoke tests, and the security and performance testing.',
  },
  {
    id: 'readiness',
    title: 'Readiness',
    fields: ['checklists'],
    help: 'Answer the readiness checklists in `checklists`: under each checklist id, each item id with a `status` (done, in-progress, not-started, or not-applicable with a `reason`), the `evidence` (a web address or a note) and the `date` you checked. An agreed exception needs a `reason` and an `expires` date. A checklist left out shows as “Not assessed”.',
  },
  {
    id: 'notes',
    title: 'Other notes',
    fields: [],
    help: 'Anything else the people running the service need to know goes in the body of the file, below the frontmatter, in Markdown.',
  },
] as const satisfies readonly ServiceSection[];

/** A section's id: `'overview'`, `'contacts'`, … */
export type ServiceSectionId = (typeof SERVICE_SECTIONS)[number]['id'];

/** Every frontmatter field a section shows. */
export type ServiceSectionField = (typeof SERVICE_SECTIONS)[number]['fields'][number];

/**
 * A section by id, for the places that link to a section's help (the
 * "Not documented yet" links). Typed, so a misspelt id in TypeScript is a
 * type error; .astro templates are not type-checked by `npm run typecheck`,
 * so an id that reaches here unknown still stops the build with its name.
 */
export function serviceSection(id: ServiceSectionId): ServiceSection<ServiceSectionId> {
  const section = SERVICE_SECTIONS.find((candidate) => candidate.id === id);
  if (!section) throw new Error(`No service manual section "${id}"`);
  return section;
}
