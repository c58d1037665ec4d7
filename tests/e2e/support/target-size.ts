/**
 * WCAG 2.2 success criterion 2.5.8 Target Size (Minimum), measured in the
 * browser: every link, button and form control on the page is at least
 * 24 × 24 CSS px, or undersized but spaced: a 24 px circle centred on its
 * box reaches no other target, nor another undersized target's circle.
 * A target is its bounding box, as axe-core (and so Lighthouse) measures it:
 * a link that wraps onto a second line takes the whole box of both lines.
 *
 * Of the criterion's other exceptions only "inline" applies to this site: a
 * link in a sentence, whose size the line height of the text sets. A target
 * counts as inline only when it is laid out inline and the block it sits in
 * has words of its own besides the targets' text, so a row of links with only
 * separators between them (such as "·" drawn by CSS) is held to the rule.
 * (axe-core's target-size rule treats such rows as inline text and passes them.)
 */
import type { Page } from 'playwright-core';

const TARGETS = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [role="checkbox"], [role="tab"]';

/** Each target that fails 2.5.8, as `<text or name> (W×H at x,y): why`. */
export function targetSizeFailures(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const MIN = 24;
    const RADIUS = MIN / 2;
    const BLOCK = /^(block|list-item|table-cell|table-caption|flex|grid|flow-root)$/;
    const label = (element: Element) => (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60) || element.tagName.toLowerCase();
    const shown = (element: Element) => {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      // Visually hidden until focused (GOV.UK's skip link) or not shown at all: no target to hit.
      return style.visibility !== 'hidden' && box.width > 1 && box.height > 1 && element.getClientRects().length > 0;
    };
    const inSentence = (element: Element) => {
      if (getComputedStyle(element).display !== 'inline') return false;
      let block = element.parentElement;
      while (block && !BLOCK.test(getComputedStyle(block).display)) block = block.parentElement;
      if (!block) return false;
      const copy = block.cloneNode(true) as Element;
      for (const target of copy.querySelectorAll(selector)) target.remove();
      for (const hidden of copy.querySelectorAll('.govuk-visually-hidden')) hidden.remove();
      return /[\p{L}\p{N}]{2,}/u.test(copy.textContent ?? '');
    };
    const targets = [...document.querySelectorAll(selector)].filter(shown)
      // A control inside another target (an input in its label) is part of it.
      .filter((element) => !element.parentElement?.closest(selector));
    const boxes = targets.map((element) => {
      const box = element.getBoundingClientRect();
      return { element, box, centre: { x: box.x + box.width / 2, y: box.y + box.height / 2 } };
    });
    const undersized = (b: (typeof boxes)[number]) => b.box.width < MIN - 0.01 || b.box.height < MIN - 0.01;
    const distance = (point: { x: number; y: number }, rect: DOMRect) => {
      const dx = Math.max(rect.left - point.x, 0, point.x - rect.right);
      const dy = Math.max(rect.top - point.y, 0, point.y - rect.bottom);
      return Math.hypot(dx, dy);
    };
    const failures: string[] = [];
    for (const target of boxes) {
      if (!undersized(target) || inSentence(target.element)) continue;
      const near = boxes.find((other) => other !== target && (
        distance(target.centre, other.box) < RADIUS - 0.01 ||
        (undersized(other) && Math.hypot(other.centre.x - target.centre.x, other.centre.y - target.centre.y) < MIN - 0.01)
      ));
      if (near) {
        const { width, height, x, y } = target.box;
        failures.push(`${label(target.element)} (${Math.round(width)}×${Math.round(height)} at ${Math.round(x)},${Math.round(y)}): under 24 × 24 px and within 24 px of ${label(near.element)}`);
      }
    }
    return failures;
  }, TARGETS);
}
