/** Words for service manual values, as readers see them. */
import type { Phase } from '../core/vocabulary.ts';
import type { ReviewState } from '../review/review.ts';

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
    // Trim each line rather than matching /\s*\n\s*/, which takes time quadratic in a run of spaces.
    .map((paragraph) => paragraph.split('\n').map((line) => line.trim()).join(' ').trim())
    .filter(Boolean);
}

/** Whether a body (Markdown or MDX) says anything once any MDX comments are removed. */
export function hasBodyText(body: string | undefined): boolean {
  // A scan, not /\{\/\*[\s\S]*?\*\/\}/g, which takes quadratic time on many unclosed comments.
  const text = body ?? '';
  let rest = '';
  let at = 0;
  for (let open = text.indexOf('{/*'); open !== -1; open = text.indexOf('{/*', at)) {
    const close = text.indexOf('*/}', open + 3);
    if (close === -1) break;
    rest += text.slice(at, open);
    at = close + 3;
  }
  rest += text.slice(at);
  return rest.trim().length > 0;
}
