import { describe, expect, it } from 'vitest';
import { teamSchema } from '../../../src/schemas/team.ts';

describe('team schema', () => {
  it('accepts a team with a shared contact', () => {
    expect(teamSchema.safeParse({ name: 'Platform', contact: '#platform' }).success).toBe(true);
  });
  it('needs a contact and says it must be shared', () => {
    const result = teamSchema.safeParse({ name: 'Platform' });
    expect(result.error?.issues[0].message).toBe('is required: a shared channel or mailbox that reaches the team, never one person');
  });
  it('rejects empty text', () => {
    const result = teamSchema.safeParse({ name: '  ', contact: '#x' });
    expect(result.error?.issues[0].message).toBe('must not be empty: the team name readers will recognise');
  });
});
