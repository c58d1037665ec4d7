/**
 * A readiness checklist: `content/checklists/<checklist-id>.yaml`. Each item
 * points at the guidance section it comes from, as a site address with the
 * heading's anchor; the content check's link check proves the page and the
 * heading exist, with the same heading slugs the Markdown processor makes.
 */
import type { z } from 'astro/zod';
import { description, owner, requireOneReviewDate, reviewShape, sources } from './shared.ts';
import { id, integer, list, oneOf, strictObject, text } from './fields.ts';
import { PHASES, LEVELS, DERIVED_CHECK_IDS } from '../lib/core/vocabulary.ts';
import { publishingShape } from './publishing.ts';

const GUIDANCE_PAGE = /^\/(?:guidance|service-standard)\/(?:[a-z0-9-]+\/)+$/;
const GUIDANCE_SECTION = /^\/(?:guidance|service-standard)\/(?:[a-z0-9-]+\/)+#[^\s#]+$/;
const SECTION_EXAMPLE = '/guidance/operations/preparing-for-live-support/#support-rota';

const item = strictObject({
  id: id('a short id for the item, such as `support-rota`; services answer the item by this id, so keep it once published'),
  title: text('what a team has done when it meets the item, in a few words, such as "Set up a support rota"'),
  hint: text('one or two sentences saying what meeting the item looks like'),
  guidance: text(`the guidance section the item comes from: its address and heading anchor, such as ${SECTION_EXAMPLE}`).regex(GUIDANCE_SECTION, {
    error: `must be the address of a guidance or Service Standard page and the anchor of the heading the item comes from, such as ${SECTION_EXAMPLE} (without the site's base path)`,
  }),
  phases: list(oneOf(PHASES, 'a delivery phase'), 'the phases in which a service should have met the item, such as [beta, live]').min(1, {
    error: 'must name at least one phase, such as [beta, live]',
  }),
  level: oneOf(LEVELS, 'how much the item matters: essential, expected or exemplary'),
  derivedFrom: oneOf(
    DERIVED_CHECK_IDS,
    'a derived check that reads the evidence for this item from the service manual (src/lib/checklists/readiness/derived-checks.ts)',
  ).optional(),
});

export const checklistSchema = strictObject({
  title: text('the checklist title, in sentence case, such as "Ready for live support"'),
  description,
  order: integer('the position of this checklist on the checklists page, from 1'),
  source: text('the guidance page the checklist is written from, such as /guidance/going-live/before-you-go-live/').regex(GUIDANCE_PAGE, {
    error: "must be the address of a guidance or Service Standard page, such as /guidance/going-live/before-you-go-live/ (without the site's base path)",
  }),
  ...reviewShape,
  owner: owner(),
  sources,
  items: list(item, 'the items a service answers, each with id, title, hint, guidance, phases and level').min(1, {
    error: 'must list at least one item',
  }),
  ...publishingShape,
}).superRefine((checklist, ctx) => {
  requireOneReviewDate(checklist, ctx);
  const seen = new Set<string>();
  checklist.items.forEach((entry, index) => {
    if (seen.has(entry.id)) {
      ctx.addIssue({ code: 'custom', path: ['items', index, 'id'], message: `repeats the id \`${entry.id}\`: each item needs its own id` });
    }
    seen.add(entry.id);
  });
});

export type ChecklistData = z.output<typeof checklistSchema>;
