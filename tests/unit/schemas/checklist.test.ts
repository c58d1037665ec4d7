import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checklistSchema } from '../../../src/schemas/checklist.ts';
import { answerSchema } from '../../../src/schemas/checklist-answers.ts';
import { EXAMPLE_CONTENT } from '../../support/site.ts';

const item = {
  id: 'support-rota',
  title: 'Set up a support rota',
  hint: 'Two people cover the two roles.',
  guidance: '/guidance/operations/preparing-for-live-support/#support-rota',
  phases: ['beta', 'live'],
  level: 'essential',
};
const valid = {
  title: 'Ready for live support',
  description: 'Check that live support is agreed.',
  order: 1,
  source: '/guidance/operations/preparing-for-live-support/',
  lastReviewed: '2026-11-22',
  reviewIn: '6 months',
  owner: 'ops-manual-editors',
  sources: [],
  items: [item],
};
const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('checklist schema', () => {
  it.each(['going-live', 'operate-a-reliable-service', 'ready-for-live-support'])('accepts the example site’s checklist %s', (id) => {
    const data = parse(readFileSync(`${EXAMPLE_CONTENT}/checklists/${id}.yaml`, 'utf8'), { schema: 'core' });
    const result = checklistSchema.safeParse(data);
    expect(result.success, JSON.stringify(messages(result))).toBe(true);
  });

  it('needs no sources: a checklist written from the site’s own guidance credits nothing, and defaults to none (issue 20)', () => {
    const { sources: _none, ...own } = valid;
    const result = checklistSchema.safeParse(own);
    expect(result.success, JSON.stringify(messages(result))).toBe(true);
    expect(result.data?.sources).toEqual([]);
  });

  it('needs each item’s guidance as a page address with a heading anchor', () => {
    const result = checklistSchema.safeParse({ ...valid, items: [{ ...item, guidance: '/guidance/operations/preparing-for-live-support/' }] });
    expect(messages(result)).toEqual([
      "items.0.guidance: must be the address of a guidance or Service Standard page and the anchor of the heading the item comes from, such as /guidance/operations/preparing-for-live-support/#support-rota (without the site's base path)",
    ]);
  });

  it('suggests the closest level', () => {
    const result = checklistSchema.safeParse({ ...valid, items: [{ ...item, level: 'esential' }] });
    expect(messages(result)).toEqual(['items.0.level: must be one of: essential, expected, exemplary (found `esential`). Did you mean `essential`?']);
  });

  it('rejects two items with one id', () => {
    const result = checklistSchema.safeParse({ ...valid, items: [item, { ...item, title: 'Again' }] });
    expect(messages(result)).toEqual(['items.1.id: repeats the id `support-rota`: each item needs its own id']);
  });

  it('rejects an item without phases', () => {
    const result = checklistSchema.safeParse({ ...valid, items: [{ ...item, phases: [] }] });
    expect(messages(result)).toEqual(['items.0.phases: must name at least one phase, such as [beta, live]']);
  });

  it('accepts a known derived check and rejects an unknown one with the closest id', () => {
    expect(checklistSchema.safeParse({ ...valid, items: [{ ...item, derivedFrom: 'rota-covered' }] }).success).toBe(true);
    const result = checklistSchema.safeParse({ ...valid, items: [{ ...item, derivedFrom: 'rota-coverd' }] });
    expect(messages(result)).toHaveLength(1);
    expect(messages(result)![0]).toMatch(/^items\.0\.derivedFrom: must be one of: slos-documented, .*\(found `rota-coverd`\)\. Did you mean `rota-covered`\?$/);
  });
});

describe('a service’s answer to an item', () => {
  it('accepts a status with evidence as a web address or a note, and a date', () => {
    expect(answerSchema.safeParse({ status: 'done', evidence: 'https://example.com/adr/12', date: '2026-10-01' }).success).toBe(true);
    expect(answerSchema.safeParse({ status: 'in-progress', evidence: 'Rota in the team wiki' }).success).toBe(true);
  });

  it('needs a reason for "not applicable", saying what to add', () => {
    expect(messages(answerSchema.safeParse({ status: 'not-applicable' }))).toEqual([
      'reason: is required when `status` is not-applicable: add `reason:` saying why the item does not apply to this service',
    ]);
  });

  it('needs an expiry date on an exception, saying what to add', () => {
    expect(messages(answerSchema.safeParse({ status: 'in-progress', exception: { reason: 'Agreed with the service owner' } }))).toEqual([
      'exception.expires: is required: the date the exception ends, YYYY-MM-DD, such as 2027-03-31: after it the item blocks readiness again',
    ]);
  });

  it('suggests the closest status', () => {
    expect(messages(answerSchema.safeParse({ status: 'not-aplicable', reason: 'x' }))).toEqual([
      'status: must be one of: done, in-progress, not-started, not-applicable (found `not-aplicable`). Did you mean `not-applicable`?',
    ]);
  });

  it('rejects evidence that is a web address but not https', () => {
    expect(messages(answerSchema.safeParse({ status: 'done', evidence: 'http://example.com/report' }))).toEqual([
      'evidence: must be a full web address starting https://, or a short note without one: where the evidence is',
    ]);
  });
});
