/**
 * Walks a page with the Tab key and checks each stop shows where focus is:
 * an opaque outline, or a box-shadow or background that only focus adds.
 */
import type { Page } from 'playwright-core';

export interface FocusStop {
  /** Tag, id or class, and text of the focused element. */
  element: string;
  /** Why focus is visible there, or undefined when it is not. */
  indicator: string | undefined;
}

/** Presses Tab from the top of the page until focus leaves the page or comes back round. */
export async function tabStops(page: Page, limit = 300): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(inspectFocus);
    if (!stop || stop.first) break;
    stops.push({ element: stop.element, indicator: stop.indicator });
  }
  return stops;
}

/** Runs in the page: describes the focused element and how its focus is shown. */
function inspectFocus(): { element: string; indicator: string | undefined; first: boolean } | undefined {
  const element = document.activeElement as HTMLElement | null;
  if (!element || element === document.body || element === document.documentElement) return undefined;
  const tag = element.tagName.toLowerCase();
  const name = element.id ? `#${element.id}` : element.classList[0] ? `.${element.classList[0]}` : '';
  const text = (element.innerText || element.getAttribute('aria-label') || element.getAttribute('name') || '').trim().slice(0, 40);
  const description = `${tag}${name} "${text}"`;
  const read = () => {
    const style = getComputedStyle(element);
    return { outlineStyle: style.outlineStyle, outlineWidth: style.outlineWidth, outlineColor: style.outlineColor, boxShadow: style.boxShadow, background: style.backgroundColor };
  };
  const focused = read();
  const box = element.getBoundingClientRect();
  element.blur();
  const plain = read();
  element.focus();
  const opaque = (colour: string) => !/^rgba\(.*,\s*0\)$/.test(colour) && colour !== 'transparent';
  let indicator: string | undefined;
  if (box.width < 1 || box.height < 1) indicator = undefined;
  else if (focused.outlineStyle !== 'none' && parseFloat(focused.outlineWidth) > 0 && opaque(focused.outlineColor)) indicator = `outline ${focused.outlineWidth} ${focused.outlineColor}`;
  else if (focused.boxShadow !== plain.boxShadow && focused.boxShadow !== 'none') indicator = `box-shadow ${focused.boxShadow}`;
  else if (focused.background !== plain.background && opaque(focused.background)) indicator = `background ${focused.background}`;
  const first = (window as unknown as { __firstStop?: Element }).__firstStop === element;
  (window as unknown as { __firstStop?: Element }).__firstStop ??= element;
  return { element: description, indicator, first };
}

/** Presses Tab until the test, run in the page with `arg`, passes; fails after 40 stops. */
export async function tabTo(page: Page, test: (arg: string) => boolean, arg = ''): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(test, arg)) return;
  }
  throw new Error(`Tab never reached ${arg || 'the element'}`);
}
