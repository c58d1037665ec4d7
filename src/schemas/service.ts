import { owner, requireOneReviewDate, reviewShape } from './shared.ts';
import { oneOf, strictObject, text, words } from './fields.ts';
import { PHASES } from './phases.ts';
import { publishingShape } from './publishing.ts';
import { redirectShape } from './redirects.ts';
import { aliases } from './aliases.ts';

/** A service manual page: `content/services/<service-id>.mdx`. */
export const serviceSchema = strictObject({
  name: text('the name of the service, as users know it'),
  description: words('what the service does, in 50 words or fewer', 50),
  phase: oneOf(PHASES, 'the delivery phase the service is in'),
  owner: owner('the team that runs the service'),
  aliases,
  ...reviewShape,
  ...publishingShape,
  ...redirectShape,
}).superRefine(requireOneReviewDate);
