/**
 * A static page ages after it is published, so whether a review is overdue is
 * decided again in the reader's browser, against the reader's own date. The
 * server-rendered state (right on the build date) stays for readers without
 * JavaScript.
 */
import { isOverdueOn } from '../lib/review/review.ts';

export function showOverdueWarnings(now = new Date()): void {
  for (const warning of document.querySelectorAll<HTMLElement>('[data-review-due]')) {
    warning.hidden = !isOverdueOn(warning.dataset.reviewDue ?? '', now);
  }
}
