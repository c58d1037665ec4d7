/**
 * How a service manual and its run books are marked for readers: a made-up
 * example, or a manual whose source is for internal use only. One rule for
 * every page and list that shows a service or one of its run books.
 */
import type { Visibility } from '../core/vocabulary.ts';

export interface MarkedService {
  name: string;
  example?: boolean;
  visibility?: Visibility;
  noindex?: boolean;
}

export interface Mark {
  /** The tag text, such as "Example". */
  label: string;
  /** The GOV.UK tag colour class. */
  tag: string;
}

/** How a service manual or run book introduces its sources: it carries facts over, it does not restate guidance. */
export const SERVICE_SOURCES_LEAD = 'This page carries over, in our own words, what these documents say:';

export const EXAMPLE_MARK: Mark = { label: 'Example', tag: 'govuk-tag--yellow' };
export const INTERNAL_MARK: Mark = { label: 'Internal', tag: 'govuk-tag--grey' };

/** The tags a service carries, and every run book of it carries too. */
export function serviceMarks(service: MarkedService): Mark[] {
  return [...(service.example ? [EXAMPLE_MARK] : []), ...(service.visibility === 'internal' ? [INTERNAL_MARK] : [])];
}

/** The service's name where it gives context to another page (a run book's title and breadcrumb): "Find mentor training (example)". */
export function serviceContextName(service: MarkedService): string {
  return service.example ? `${service.name} (example)` : service.name;
}

/** Whether search engines are asked not to index a service's pages: its own `noindex`, or an internal manual. */
export function hiddenFromSearchEngines(service: MarkedService): boolean {
  return service.noindex === true || service.visibility === 'internal';
}
