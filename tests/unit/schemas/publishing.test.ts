import { describe, expect, it } from 'vitest';
import { guidanceSchema } from '../../../src/schemas/guidance.ts';
import { serviceSchema } from '../../../src/schemas/service.ts';

const guidance = {
  title: 'Incident management',
  description: 'What to do when something goes wrong in live.',
  order: 4,
  lastReviewed: '2022-05-23',
  reviewIn: '12 months',
  owner: 'ops-manual-editors',
};

function messages(input: unknown): string[] {
  const result = guidanceSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('publishing fields', () => {
  it('default to indexed, in the navigation, with the site-wide links', () => {
    const page = guidanceSchema.parse(guidance);
    expect(page.noindex).toBe(false);
    expect(page.hideInNavigation).toBe(false);
    expect(page.editUrl).toBeUndefined();
    expect(page.feedbackUrl).toBeUndefined();
  });
  it('accept a web address or false for each link', () => {
    const page = guidanceSchema.parse({ ...guidance, editUrl: 'https://cms.example.org/edit/1', feedbackUrl: false, noindex: true, hideInNavigation: true });
    expect(page).toMatchObject({ editUrl: 'https://cms.example.org/edit/1', feedbackUrl: false, noindex: true, hideInNavigation: true });
  });
  it('say what to write when a link override is wrong', () => {
    expect(messages({ ...guidance, editUrl: true })).toEqual([
      'editUrl: must be a full web address starting https://, or false to hide the link: where "Edit this page" goes instead of the source file in the repository',
    ]);
    expect(messages({ ...guidance, feedbackUrl: 'the team channel' })).toEqual([
      'feedbackUrl: must be a full web address starting https://: where "Report a problem with this page" goes instead of a new repository issue',
    ]);
    expect(messages({ ...guidance, noindex: 'yes' })).toEqual([
      'noindex: must be true or false: true to ask search engines not to index this page (it stays in the site and its search)',
    ]);
  });
  it('apply to service manuals too', () => {
    const result = serviceSchema.safeParse({ name: 'A', description: 'B', phase: 'live', owner: 'team', lastReviewed: '2025-01-01', reviewIn: '6 months', noindex: true });
    expect(result.success && result.data.noindex).toBe(true);
  });
});
