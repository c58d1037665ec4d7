/**
 * Site settings: the one place that names and brands a site. A site writes
 * them in `content/settings.yaml` (see docs/settings.md); every field is
 * optional and a site without the file gets the defaults below. `SITE_URL` and
 * `SITE_BASE` in the environment override the URL settings so one commit can be
 * built for several hosts (for example a GitHub Pages sub-path).
 *
 * The file is read once, when this module loads, with the same YAML reader as
 * content files: a mistake becomes a finding with its line (`settingsFindings`),
 * which the content check reports like any other, never a stack trace.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { parseContentFile } from './lib/content/frontmatter.ts';
import { fieldName, type Finding } from './lib/core/findings.ts';
import { contentDirectory } from './site-folders.ts';

/** Makes any base path look like `/x/y/` (or `/`). */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

function fromEnvironment(name: string): string | undefined {
  const value = typeof process === 'undefined' ? undefined : process.env[name];
  return value ? value : undefined;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD, such as 2026-06-30');
const sitePath = z.string().regex(/^\/([^/?#\s]+\/)*$/, 'must be a path on this site that starts and ends with /, such as /guidance/');

export const settingsSchema = z.strictObject({
  /** Shown in the header, page titles and the footer. */
  name: z.string().min(1).default('Operations manual'),
  /** The home page's introduction and meta description. */
  description: z.string().min(1).default('How we run reliable digital services: operations guidance, service manuals, run books and readiness checklists.'),
  /** Organisation that publishes the site, shown in the header and footer. */
  organisation: z.string().min(1).default('Your organisation'),
  /** Phase banner tag; `null` (or leaving it out) hides the banner. */
  phase: z.enum(['alpha', 'beta'], { error: 'must be alpha or beta; leave it out for no phase banner' }).nullable().default(null),
  /** Absolute URL the site is served from, without the base path. Enables canonical URLs and the sitemap. `SITE_URL` overrides it. */
  siteUrl: z.url({ protocol: /^https?$/, error: 'must be a web address such as https://ops.example.gov.uk' }).optional(),
  /** Sub-path the site is served under, such as `/ops-manual/`. `SITE_BASE` overrides it. */
  base: z.string().optional(),
  /** Repository that holds the site's source, for "Edit this page", "Report a problem" and the footer. Leave it out to hide those links. */
  repositoryUrl: z.url({ protocol: /^https$/, error: 'must be the repository\'s https address, such as https://github.com/your-org/ops-manual' }).optional(),
  /** Branch whose files "Edit this page" links open. */
  repositoryBranch: z.string().min(1).default('main'),
  /**
   * Links at the foot of every content page: "Edit this page" opens the page's
   * source file in the repository, "Report a problem with this page" opens a
   * new issue prefilled with the page's title and address. `false` hides one
   * everywhere; a page can point it elsewhere or hide it with the frontmatter
   * fields `editUrl` and `feedbackUrl` (a web address, or `false`).
   */
  pageLinks: z.strictObject({ edit: z.boolean().default(true), report: z.boolean().default(true) }).default({ edit: true, report: true }),
  /** Facts for the accessibility statement page that only the publisher can give. */
  accessibility: z
    .strictObject({
      /** How readers reach you about access problems: a shared mailbox or channel. */
      contact: z.string().min(1).default('the team that publishes this site'),
      /** When the statement was first prepared. */
      preparedOn: isoDate.optional(),
      /** When the statement was last checked. */
      reviewedOn: isoDate.optional(),
    })
    .default({ contact: 'the team that publishes this site' }),
  /** Footer licence statement. */
  licence: z
    .strictObject({ text: z.string().min(1), name: z.string().min(1), url: z.url({ protocol: /^https$/ }) })
    .default({
      text: 'All content is available under the',
      name: 'Open Government Licence v3.0',
      url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
    }),
  /** GOV.UK brand (crown logo, GDS Transport font) is reserved for services on GOV.UK domains, so it is off by default. */
  govukBrand: z.boolean().default(false),
  /**
   * Operations vocabulary that service manuals, run books and readiness checks share.
   * `severityLevels`: the incident severity levels services define, most severe first
   * (P1 to P3 by default; P1 to P4 or SEV1 to SEV3 work too).
   * `runbookTestPeriod`: how long a run book's last test counts as current, as a plain
   * duration such as "6 months"; older than that, the run book is due a test.
   */
  operations: z
    .strictObject({
      severityLevels: z.array(z.string().regex(/^[A-Za-z0-9-]+$/, 'must be a short name such as P1 or SEV1')).min(1).default(['P1', 'P2', 'P3']),
      runbookTestPeriod: z.string().regex(/^\d+ (day|week|month|year)s?$/, 'must be a plain duration such as "6 months"').default('6 months'),
    })
    .default({ severityLevels: ['P1', 'P2', 'P3'], runbookTestPeriod: '6 months' }),
  /**
   * The main navigation, in the order it appears in the header. Leave it out to
   * link every part of the site that has content, then search.
   */
  navigation: z.array(z.strictObject({ label: z.string().min(1), path: sitePath })).min(1).optional(),
  /** The page the home page sends readers to in an incident, such as /guidance/operations/incident-management/. */
  incidentPage: sitePath.optional(),
});

type Parsed = z.output<typeof settingsSchema>;

export interface SiteSettings extends Omit<Parsed, 'base' | 'operations'> {
  /** Sub-path the site is served under. Always starts and ends with `/`. */
  base: string;
  operations: { severityLevels: readonly string[]; runbookTestPeriod: string };
}

/** Where a site keeps its settings, inside its content folder. */
export const SETTINGS_FILE = 'settings.yaml';

export interface LoadedSettings {
  settings: SiteSettings;
  /** Mistakes in the settings file, with lines: the content check reports them. */
  findings: Finding[];
  /** The site paths the settings link to (navigation, incident page), for the link check. */
  links: { file: string; line: number; field: string; url: string }[];
}

/** Reads and checks a site's settings file; a missing file gives the defaults, a broken one the defaults and its findings. */
export function loadSettings(root: string, contentDir: string, environment: Record<string, string | undefined> = {}): LoadedSettings {
  // OPS_MANUAL_SETTINGS points elsewhere: the engine's tests give fixture content trees shared settings.
  const file = (environment.OPS_MANUAL_SETTINGS ?? path.join(contentDir, SETTINGS_FILE)).split(path.sep).join('/');
  let text: string | undefined;
  try {
    text = readFileSync(path.resolve(root, file), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const findings: Finding[] = [];
  let data: unknown = {};
  let lineOf: (path: readonly PropertyKey[]) => number = () => 1;
  if (text !== undefined) {
    const parsed = parseContentFile(text, true);
    findings.push(...[...parsed.syntaxErrors, ...parsed.problems].map((finding) => ({ file, ...finding })));
    data = parsed.data ?? {};
    lineOf = parsed.lineOf;
  }
  let result = settingsSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const keys = (issue as { keys?: string[] }).keys;
      findings.push({ file, line: lineOf(keys?.length ? [...issue.path, keys[0]!] : issue.path), field: fieldName(issue.path) || undefined, message: issue.message });
    }
    result = settingsSchema.safeParse({});
  }
  const values = result.data!;
  const linked: [PropertyKey[], string][] = [
    ...(values.navigation ?? []).map((item, index): [PropertyKey[], string] => [['navigation', index, 'path'], item.path]),
    ...(values.incidentPage ? [[['incidentPage'], values.incidentPage] as [PropertyKey[], string]] : []),
  ];
  return {
    links: linked.map(([at, url]) => ({ file, line: lineOf(at), field: fieldName(at), url })),
    settings: {
      ...values,
      siteUrl: environment.SITE_URL ?? values.siteUrl,
      base: normaliseBase(environment.SITE_BASE ?? values.base),
    },
    findings,
  };
}

const loaded = loadSettings(process.cwd(), contentDirectory(), {
  SITE_URL: fromEnvironment('SITE_URL'),
  SITE_BASE: fromEnvironment('SITE_BASE'),
  OPS_MANUAL_SETTINGS: fromEnvironment('OPS_MANUAL_SETTINGS'),
});

export const settings: SiteSettings = loaded.settings;
