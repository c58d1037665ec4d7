/**
 * Every page's only script before search is touched: `/` moves focus to the
 * search box (unless the reader is typing in a field), and Pagefind starts
 * loading once a search box gets focus, so results come sooner.
 */
import { shortcutEnabled } from './search-shortcut.ts';

function isField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** The search page's own box when it is showing, otherwise the header's. */
function searchBox(): HTMLInputElement | undefined {
  const boxes = [...document.querySelectorAll<HTMLInputElement>('[data-search-shortcut]')];
  return boxes.reverse().find((box) => box.getClientRects().length > 0);
}

export function enhanceHeaderSearch(): void {
  addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.isComposing || event.defaultPrevented) return;
    if (isField(event.target) || !shortcutEnabled()) return;
    const box = searchBox();
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
  for (const box of document.querySelectorAll<HTMLInputElement>('[data-search-shortcut]')) {
    if (!shortcutEnabled()) box.removeAttribute('aria-keyshortcuts');
    box.addEventListener('focus', () => void import('./search-preload.ts').then(({ preloadWhileTyping }) => preloadWhileTyping(box)), { once: true });
  }
}
