/**
 * A service manual: `content/services/<service-id>.md`. The fields follow
 * the sections of the manual in the order the page shows them; names match
 * Backstage's where it has the concept (owner, system, dependsOn, links), so
 * `catalog-info.yaml` maps across. Sections a team has not filled in are
 * left empty, never removed, so the page can show the gap.
 *
 * New sections (such as checklist answers) add their shape here.
 */
import { requireOneReviewDate, reviewShape } from './shared.ts';
import { strictObject } from './fields.ts';
import { publishingShape } from './publishing.ts';
import { identityShape } from './service/identity.ts';
import { technologyShape } from './service/technology.ts';
import { dependenciesShape } from './service/dependencies.ts';
import { hostingShape } from './service/hosting.ts';
import { serviceLevelsShape } from './service/service-levels.ts';
import { recordsShape } from './service/records.ts';
import { testingShape } from './service/testing.ts';
import { redirectShape } from './redirects.ts';
import { aliases } from './aliases.ts';
import { checklistAnswersShape } from './checklist-answers.ts';
import { provenanceShape } from './service/provenance.ts';

export const serviceShape = {
  ...identityShape,
  aliases,
  ...reviewShape,
  ...technologyShape,
  ...dependenciesShape,
  ...hostingShape,
  ...serviceLevelsShape,
  ...recordsShape,
  ...testingShape,
  ...checklistAnswersShape,
  ...provenanceShape,
  ...publishingShape,
  ...redirectShape,
};

export const serviceSchema = strictObject(serviceShape).superRefine(requireOneReviewDate);
