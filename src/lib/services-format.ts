/** Words for service manual values, as readers see them. */
import type { Phase } from '../schemas/phases.ts';
import type { ReviewState } from './review.ts';

/** GOV.UK tag colours for phases, so the catalogue reads at a glance. */
export const PHASE_TAG: Record<Phase, string> = {
  discovery: 'govuk-tag--grey',
  alpha: 'govuk-tag--purple',
  beta: 'govuk-tag--blue',
  live: 'govuk-tag--green',
  retiring: 'govuk-tag--orange',
  retired: 'govuk-tag--grey',
};

export const REVIEW_STATUS: Record<ReviewState, { label: string; tag: string }> = {
  overdue: { label: 'Review overdue', tag: 'govuk-tag--red' },
  'due-soon': { label: 'Review due soon', tag: 'govuk-tag--yellow' },
  current: { label: 'Reviewed', tag: 'govuk-tag--green' },
};

/** Multi-line text from YAML as paragraphs: blank lines separate them, single line breaks join. */
export function paragraphs(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
}

/** Whether an MDX body says anything once its MDX comments are removed. */
export function hasBodyText(body: string | undefined): boolean {
  return (body ?? '').replace(/\{\/\*[\s\S]*?\*\/\}/g, '').trim().length > 0;
}
