/** Loaded on first focus in a search box: fetches Pagefind and the index chunks for the words being typed. */
import { loadPagefind } from './pagefind.ts';

export function preloadWhileTyping(box: HTMLInputElement): void {
  const pagefind = loadPagefind();
  pagefind.catch(() => undefined); // the search itself reports failures
  box.addEventListener('input', () => {
    const words = box.value.trim();
    if (words) void pagefind.then((engine) => engine.preload(words)).catch(() => undefined);
  });
}
