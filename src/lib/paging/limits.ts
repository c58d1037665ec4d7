/**
 * How long a list may grow on one page before it is split, so every page
 * stays within the weight budget (14 kB gzipped) at 300 services and 3,000
 * pages. Measured with `npm run bench -- --services 300` and `-- --pages 3000`.
 */
const LIMITS = {
  /** Up to this many services, /services/ shows every service's row; past it, it links to A to Z pages. */
  catalogueOnOnePage: 40,
  /** Services on one A to Z page of the catalogue; a longer letter is split into parts. */
  cataloguePerPage: 40,
  /** Up to this many services, a checklist page shows the services × items matrix; past it, one matrix per team. */
  matrixServices: 12,
  /** Services in one team's matrix page; a bigger team's matrix is split into parts. */
  matrixPerPage: 12,
  /** Up to this many pages, /search/ lists them all A to Z; past it, each letter has its own page. */
  azOnOnePage: 250,
  /** Entries on one A to Z letter page of the search; a longer letter is split into parts. */
  azPerPage: 150,
  /** Up to this many guidance pages, /guidance/ lists them all; past it, each section's first few and a link to the rest. */
  guidanceIndexAll: 120,
  /** Pages each section shows on /guidance/ past that limit. */
  guidanceIndexPerSection: 10,
  /** Pages listed on a section's index page; a longer section continues on numbered pages. */
  sectionListPerPage: 150,
  /** Up to this many pages to review, /reviews/ lists them all; past it, one page a team (a long one in parts). */
  reviewsOnOnePage: 60,
  /** Pages to review listed on one team's review page. */
  reviewsPerPage: 100,
  /** Pages to review a team's page (/teams/<id>/) lists before it links to the team's full list on /reviews/. */
  teamPageReviews: 20,
  /** Up to this many alerts, /alerts/ lists them all; past it, each letter of the alert names has its own page. */
  alertsOnOnePage: 80,
  /** Alerts on one A to Z page of /alerts/; a longer letter is split into parts. */
  alertsPerPage: 80,
  /** Indirect dependants a service page lists in its blast radius before it sends the reader to the incident pack for the rest. */
  blastRadiusOnServicePage: 20,
};

/**
 * `OPS_MANUAL_PAGE_LIMITS=<n>` sets every limit to n, so a small site shows every split layout (a build test builds
 * the seed site with 1). Unset, the limits above hold.
 */
function limitsFromEnvironment(): typeof LIMITS {
  const value = typeof process === 'undefined' ? undefined : Number(process.env.OPS_MANUAL_PAGE_LIMITS);
  if (!value || !Number.isInteger(value) || value < 1) return LIMITS;
  return Object.fromEntries(Object.keys(LIMITS).map((key) => [key, value])) as typeof LIMITS;
}

export const PAGE_LIMITS: Readonly<typeof LIMITS> = limitsFromEnvironment();
