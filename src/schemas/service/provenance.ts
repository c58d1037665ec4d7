/**
 * Where a service manual's facts come from and who it is for: the documents
 * it draws on, whether its phase and hosting are stated or inferred, and whether its source
 * is for internal use only.
 */
import { oneOf, text } from '../fields.ts';
import { sources } from '../shared.ts';
import { VISIBILITIES } from '../../lib/core/vocabulary.ts';
import { blank } from './blank.ts';

export const provenanceShape = {
  sources,
  phaseInferred: blank(
    text('why the phase is our inference rather than stated by the team or source, such as "the source lists a production deployment but does not name the phase"'),
  ),
  hostingInferred: blank(
    text('why the hosting is our inference rather than stated by the team or source, such as "the source does not name the hosting; its failover section describes GOV.UK PaaS"'),
  ),
  visibility: oneOf(VISIBILITIES, 'who the manual is for: public, or internal when its source is for internal use only').default('public'),
};
