/**
 * Site settings: the one place that names and brands the site.
 * Change these to rebrand every page; `SITE_URL` and `SITE_BASE` in the
 * environment override the URL settings so one commit can be built for
 * several hosts (for example a GitHub Pages sub-path).
 */
export interface SiteSettings {
  /** Shown in the header, page titles and the footer. */
  name: string;
  /** Used as the home page's meta description. */
  description: string;
  /** Organisation that publishes the site, shown in the footer. */
  organisation: string;
  /** Phase banner tag; `null` hides the banner. */
  phase: 'alpha' | 'beta' | null;
  /** Absolute URL the site is served from, without the base path. Enables canonical URLs. */
  siteUrl: string | undefined;
  /** Sub-path the site is served under, such as `/ops-manual/`. Always starts and ends with `/`. */
  base: string;
  /** Repository that holds the site's source, for "edit this page" and feedback links. */
  repositoryUrl: string;
  /** Branch whose files "Edit this page" links open. */
  repositoryBranch: string;
  /**
   * Links at the foot of every content page: "Edit this page" opens the page's
   * source file in the repository, "Report a problem with this page" opens a
   * new issue prefilled with the page's title and address. `false` hides one
   * everywhere; a page can point it elsewhere or hide it with the frontmatter
   * fields `editUrl` and `feedbackUrl` (a web address, or `false`).
   */
  pageLinks: { edit: boolean; report: boolean };
  /** Facts for the accessibility statement page that only the publisher can give. */
  accessibility: {
    /** How readers reach you about access problems: a shared mailbox or channel. */
    contact: string;
    /** When the statement was first prepared, YYYY-MM-DD. */
    preparedOn: string;
    /** When the statement was last checked, YYYY-MM-DD. */
    reviewedOn: string;
  };
  /** Footer licence statement. */
  licence: { text: string; name: string; url: string };
  /**
   * GOV.UK brand (crown logo, GDS Transport font) is reserved for services on
   * GOV.UK domains, so it is off by default.
   */
  govukBrand: boolean;
  /**
   * Operations vocabulary that service manuals, run books and readiness checks share.
   * `severityLevels`: the incident severity levels services define, most severe first
   * (P1 to P3 by default; P1 to P4 or SEV1 to SEV3 work too).
   * `runbookTestPeriod`: how long a run book's last test counts as current, as a plain
   * duration such as "6 months"; older than that, the run book is due a test.
   */
  operations: { severityLevels: readonly string[]; runbookTestPeriod: string };
}

/** Makes any base path look like `/x/y/` (or `/`). */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

function fromEnvironment(name: string): string | undefined {
  const value = typeof process === 'undefined' ? undefined : process.env[name];
  return value ? value : undefined;
}

export const settings: SiteSettings = {
  name: 'Operations manual',
  description:
    'How we run reliable digital services: operations guidance, Service Standard point 14, service manuals and readiness checklists.',
  organisation: 'Example Digital Service',
  phase: 'beta',
  siteUrl: fromEnvironment('SITE_URL'),
  base: normaliseBase(fromEnvironment('SITE_BASE')),
  repositoryUrl: 'https://github.com/example-org/ops-manual',
  repositoryBranch: 'main',
  pageLinks: { edit: true, report: true },
  accessibility: {
    contact: 'the #ops-manual channel on Slack',
    preparedOn: '2026-11-22',
    reviewedOn: '2026-11-22',
  },
  licence: {
    text: 'All content is available under the',
    name: 'Open Government Licence v3.0',
    url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  },
  govukBrand: false,
  operations: { severityLevels: ['P1', 'P2', 'P3'], runbookTestPeriod: '6 months' },
};
