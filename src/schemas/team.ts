import { strictObject, text, optionalText } from './fields.ts';

/** A team that owns pages and services: `content/teams/<team-id>.yaml`. */
export const teamSchema = strictObject({
  name: text('the team name readers will recognise'),
  description: optionalText('what the team does, in one sentence'),
  contact: text('a shared channel or mailbox that reaches the team, never one person'),
});
