/**
 * Per-page publishing fields shared by every page collection: search-engine
 * indexing and the "Edit this page" / "Report a problem" link overrides.
 */
import { z } from 'astro/zod';
import { flag, url } from './fields.ts';

/** A web address for the link, or `false` to hide the link on this page. */
function linkOverride(what: string) {
  return z.union([z.literal(false), url(what)], {
    error: (issue: { input?: unknown }) =>
      typeof issue.input === 'string' ? undefined : `must be a full web address starting https://, or false to hide the link: ${what}`,
  });
}

export const publishingShape = {
  noindex: flag('true to ask search engines not to index this page (it stays in the site and its search)').default(false),
  editUrl: linkOverride('where "Edit this page" goes instead of the source file in the repository').optional(),
  feedbackUrl: linkOverride('where "Report a problem with this page" goes instead of a new repository issue').optional(),
};

/** Guidance pages also carry what the GOV.UK Technical Documentation Template had. */
export const guidanceNavigationShape = {
  hideInNavigation: flag('true to leave this page out of the side navigation and section lists (it is still published)').default(false),
};
