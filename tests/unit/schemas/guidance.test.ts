import { describe, expect, it } from 'vitest';
import { guidanceSchema } from '../../../src/schemas/guidance.ts';

const valid = {
  title: 'Incident management',
  description: 'What to do, step by step, when something goes wrong in live.',
  order: 4,
  lastReviewed: '2022-05-23',
  reviewIn: '12 months',
  owner: 'ops-manual-editors',
  tags: ['incidents'],
  sources: [{ title: 'Operations', publisher: 'A handbook', licence: 'No licence stated' }],
};

function messages(input: unknown): string[] {
  const result = guidanceSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('guidance schema', () => {
  it('accepts a complete page and fills defaults', () => {
    const result = guidanceSchema.parse(valid);
    expect(result.lastReviewed).toEqual(new Date('2022-05-23T00:00:00Z'));
    expect(result.draft).toBe(false);
  });

  it('accepts dates as YAML Date objects, as Astro passes them', () => {
    expect(messages({ ...valid, lastReviewed: new Date('2022-05-23T00:00:00Z') })).toEqual([]);
  });

  it('rejects a misspelt key and suggests the right one', () => {
    const { owner, ...rest } = valid;
    expect(messages({ ...rest, ower: owner })).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^owner: is required: the team that owns this page/),
        expect.stringMatching(/^: has an unknown field `ower`\. Did you mean `owner`\? Allowed fields: title, description/),
      ]),
    );
  });

  it('says what to write when the title is missing', () => {
    const { title, ...rest } = valid;
    expect(messages(rest)).toEqual(['title: is required: the page title, in sentence case']);
  });

  it('rejects an impossible date', () => {
    expect(messages({ ...valid, lastReviewed: '2022-13-45' })).toEqual([
      'lastReviewed: must be a real date written YYYY-MM-DD, such as 2025-06-30: the date someone last checked this page was right',
    ]);
  });

  it('needs exactly one of reviewIn and reviewBy', () => {
    const { reviewIn, ...rest } = valid;
    expect(messages(rest)).toEqual([expect.stringMatching(/^reviewIn: is required: how long until the next review/)]);
    expect(messages({ ...valid, reviewBy: '2026-01-01' })).toEqual(['reviewBy: cannot be used with `reviewIn`: keep one of them']);
    expect(messages({ ...rest, reviewBy: '2026-01-01' })).toEqual([]);
  });

  it('rejects a duration that is not plain English', () => {
    expect(messages({ ...valid, reviewIn: 'P6M' })).toEqual([expect.stringMatching(/^reviewIn: must be a plain duration such as "6 weeks"/)]);
  });

  it('checks source fields and their types', () => {
    expect(messages({ ...valid, sources: [{ title: 'X', publisher: 'Y' }] })).toEqual([
      'sources.0.licence: is required: the licence the source was published under, or "No licence stated"',
    ]);
    expect(messages({ ...valid, order: 'first' })).toEqual([
      'order: must be a whole number: the position of this page in its section, from 1 (a section index uses 0)',
    ]);
  });

  it('rejects an owner that is not an id', () => {
    expect(messages({ ...valid, owner: 'Ops Team' })).toEqual([expect.stringMatching(/^owner: must be lower-case letters, digits and hyphens/)]);
  });
});
