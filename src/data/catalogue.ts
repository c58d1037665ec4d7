/**
 * The services catalogue's rows: each service with what the catalogue shows
 * about it (phase, owner, review, key links), computed once per build, and
 * the A to Z pages the catalogue splits into when the portfolio is large.
 */
import { formatIsoDate } from '../lib/core/dates.ts';
import { servicePath } from '../lib/services/routes.ts';
import { nextReviewDate, reviewState } from '../lib/review/review.ts';
import { REVIEW_STATUS } from '../lib/services/format.ts';
import { letterPages, type LetterPage } from '../lib/paging/paging.ts';
import { PAGE_LIMITS } from '../lib/paging/limits.ts';
import type { Phase } from '../lib/core/vocabulary.ts';
import { serviceViews } from './services.ts';
import { buildToday } from './today.ts';
import { memoise } from './memoise.ts';
import type { ChecklistReadiness } from './checklists.ts';
import { pathWithBase } from '../base-path.ts';

export const CATALOGUE_AZ_PATH = '/services/a-z/';
/** What the catalogue's find box searches when the catalogue is split: each service's name, phase, owner and review. */
export const CATALOGUE_FILTER_PATH = '/services/catalogue.json';

export interface CatalogueRow {
  id: string;
  name: string;
  phase: Phase;
  owner: string;
  teamName: string;
  example: boolean;
  visibility: 'public' | 'internal';
  phaseInferred: boolean;
  due: string;
  review: { label: string; tag: string };
  links: { text: string; href: string }[];
  incidentContact: string | undefined;
  /** Readiness against every checklist, for the Readiness cell. */
  readiness: ChecklistReadiness[];
}

export const catalogueRows = memoise(async (): Promise<CatalogueRow[]> => {
  const today = buildToday();
  return (await serviceViews()).map((view) => {
    const data = view.entry.data;
    const due = nextReviewDate(data);
    const dashboard = data.dashboards.find((d) => d.url);
    const repository = data.repositories.find((r) => r.url);
    return {
      id: view.entry.id,
      name: data.name,
      phase: data.phase,
      owner: data.owner,
      teamName: view.teamName,
      example: data.example,
      visibility: data.visibility,
      phaseInferred: Boolean(data.phaseInferred),
      due: formatIsoDate(due),
      review: REVIEW_STATUS[reviewState(due, today)],
      links: [
        ...(dashboard ? [{ text: `${dashboard.tool} dashboard`, href: dashboard.url as string }] : []),
        ...(repository ? [{ text: 'Code', href: repository.url as string }] : []),
      ],
      incidentContact: data.contacts?.incidentContact,
      readiness: view.readiness,
    };
  });
});

/** Whether the catalogue is too long for one page. */
export async function catalogueIsSplit(): Promise<boolean> {
  return (await catalogueRows()).length > PAGE_LIMITS.catalogueOnOnePage;
}

/** The catalogue's A to Z pages (none while it fits on one page). */
export const catalogueLetterPages = memoise(async (): Promise<LetterPage<CatalogueRow>[]> => {
  if (!(await catalogueIsSplit())) return [];
  return letterPages(await catalogueRows(), (row) => row.name, PAGE_LIMITS.cataloguePerPage, (a, b) => a.id.localeCompare(b.id, 'en'));
});

export function catalogueLetterPath(slug: string): string {
  return `${CATALOGUE_AZ_PATH}${slug}/`;
}

/** Kept for the filter's data file: the same words a row shows, without the markup. */
export function filterRecord(row: CatalogueRow, phaseLabel: (phase: Phase) => string) {
  return { name: row.name, path: pathWithBase(servicePath(row.id)), phase: phaseLabel(row.phase), owner: row.teamName, review: row.review.label };
}
