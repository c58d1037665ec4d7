import { description, owner, requireOneReviewDate, reviewShape, sources, tags } from './shared.ts';
import { flag, integer, strictObject, text } from './fields.ts';
import { guidanceNavigationShape, publishingShape } from './publishing.ts';
import { redirectShape } from './redirects.ts';

/** A guidance page: `content/guidance/<section>/<page>.md`, or a section's `index.md`. */
export const guidanceSchema = strictObject({
  title: text('the page title, in sentence case'),
  description,
  order: integer('the position of this page in its section, from 1 (a section index uses 0)'),
  ...reviewShape,
  owner: owner(),
  tags: tags.default([]),
  sources,
  draft: flag('true to leave this page out of the built site').default(false),
  ...guidanceNavigationShape,
  ...publishingShape,
  ...redirectShape,
}).superRefine(requireOneReviewDate);
