import { description, owner, requireOneReviewDate, reviewShape, sources } from './shared.ts';
import { integer, list, oneOf, strictObject, text } from './fields.ts';
import { PHASES } from '../lib/core/vocabulary.ts';
import { publishingShape } from './publishing.ts';
import { redirectShape } from './redirects.ts';

/** A Service Standard point: `content/standards/<slug>.md`. */
export const standardSchema = strictObject({
  number: integer('the number of the Service Standard point, such as 14'),
  title: text('the title of the standard point, such as "Operate a reliable service"'),
  description,
  mostRelevantTo: list(text('a role, such as "Delivery managers"'), 'the roles this point is most relevant to'),
  phases: list(oneOf(PHASES, 'a delivery phase'), 'the phases this guidance applies to, such as [alpha, beta, live]'),
  ...reviewShape,
  owner: owner(),
  sources,
  ...publishingShape,
  ...redirectShape,
}).superRefine(requireOneReviewDate);
