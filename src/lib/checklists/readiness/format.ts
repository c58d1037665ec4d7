/** Words and GOV.UK tag colours for readiness, as readers see it on every page that shows it. */
import type { Level } from '../../core/vocabulary.ts';
import { countOf } from '../../core/count-of.ts';
import type { ItemOutcome, Readiness } from './readiness.ts';

export interface StatusText {
  label: string;
  /** A govuk-tag modifier, or undefined for plain text (GOV.UK task lists show finished items untagged). */
  tag?: string;
}

export const LEVEL_LABEL: Record<Level, string> = {
  essential: 'Essential',
  expected: 'Expected',
  exemplary: 'Exemplary',
};

/** The level a service reached, or why it has none. */
export function readinessStatus(readiness: Readiness): StatusText {
  if (!readiness.assessed) return { label: 'Not assessed', tag: 'govuk-tag--grey' };
  if (readiness.applicable === 0) return { label: 'Nothing applies yet', tag: 'govuk-tag--grey' };
  if (!readiness.level) return { label: 'Below essential', tag: 'govuk-tag--red' };
  return { label: LEVEL_LABEL[readiness.level], tag: { essential: 'govuk-tag--yellow', expected: 'govuk-tag--blue', exemplary: 'govuk-tag--green' }[readiness.level] };
}

/** "9 of 11 met, 1 blocker", or "Not assessed". */
export function readinessCounts(readiness: Readiness): string {
  if (!readiness.assessed) return 'Not assessed';
  const blockers = readiness.blockers.length ? `, ${countOf(readiness.blockers.length, 'blocker')}` : '';
  return `${readiness.met} of ${readiness.applicable} met${blockers}`;
}

/** One item's status for one service. `expires` is the exception's end, already formatted. */
export function outcomeStatus(outcome: ItemOutcome, status: string | undefined, expires?: string): StatusText {
  switch (outcome) {
    case 'met':
      return { label: 'Done' };
    case 'met-by-exception':
      return { label: expires ? `Exception until ${expires}` : 'Exception', tag: 'govuk-tag--yellow' };
    case 'exception-expired':
      return { label: expires ? `Exception ended ${expires}` : 'Exception ended', tag: 'govuk-tag--red' };
    case 'not-applicable':
      return { label: 'Not applicable' };
    case 'not-this-phase':
      return { label: 'Not for this phase' };
    case 'not-met':
      return status === 'in-progress' ? { label: 'In progress', tag: 'govuk-tag--light-blue' } : { label: 'Not started', tag: 'govuk-tag--blue' };
  }
}
