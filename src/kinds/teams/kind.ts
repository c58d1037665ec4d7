/** Teams that own pages and services. Each has a page of its own (src/routes/teams/), made from what it owns. */
import { teamSchema } from '../../schemas/team.ts';
import { defineKind } from '../kind.ts';

export const teams = defineKind({
  folder: 'teams',
  pattern: '*.{yaml,yml}',
  schema: teamSchema,
  noun: 'team',
  references: [],
});
