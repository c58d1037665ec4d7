/** Who and what the service is: the fields Backstage calls metadata, owner, lifecycle and system. */
import { flag, id, oneOf, strictObject, text, words } from '../fields.ts';
import { owner, tags } from '../shared.ts';
import { PHASES } from '../../lib/core/vocabulary.ts';
import { blank } from './blank.ts';

/** Backstage's component types, plus the shapes our services commonly take. */
export const SERVICE_TYPES = ['website', 'service', 'api', 'library', 'data-pipeline'] as const;

const SHARED_CONTACT = /^#[\w.-]+|[^\s@]+@[^\s@]+\.[^\s@]+|^https:\/\//;

/** A team channel or mailbox: incidents must never depend on one person being available. */
function sharedContact(what: string) {
  return text(what).refine((value) => SHARED_CONTACT.test(value), {
    error: `must be a shared channel such as #cpd-support or a team mailbox such as cpd-support@example.org, never one person: ${what}`,
  });
}

export const contactsShape = strictObject({
  productOwner: blank(text('the service owner or product owner: a name or a role')),
  technicalLead: blank(text('the technical lead: a name or a role')),
  teamChannel: blank(sharedContact("the team's everyday channel, such as #cpd-team")),
  incidentContact: blank(sharedContact('where to report an incident: a shared channel or mailbox that someone watches')),
});

export const identityShape = {
  name: text('the name of the service, as users know it'),
  description: blank(words('what the service does and who uses it, in 50 words or fewer', 50)),
  example: flag('true when this is a made-up example service, shown with an "Example" tag').default(false),
  phase: oneOf(PHASES, 'the delivery phase the service is in'),
  type: blank(oneOf(SERVICE_TYPES, 'what kind of software this is (Backstage `spec.type`)')),
  owner: owner('the team that runs the service'),
  system: blank(id('the larger system this service is part of (Backstage `spec.system`), such as `early-career-support`')),
  tags: blank(tags),
  contacts: blank(contactsShape),
};
