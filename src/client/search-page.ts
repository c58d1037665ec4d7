/**
 * The search page with JavaScript: shows the search form in place of the
 * "needs JavaScript" note, and loads the results code (search-ui.ts) only
 * when there is something to search: a search in the URL, or the reader
 * focusing, submitting or filtering. Without JavaScript the page's A to Z
 * list stands in.
 */
import { setShortcutEnabled, shortcutEnabled } from './search-shortcut.ts';

type SearchUi = import('./search-ui.ts').SearchUi;

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const ui = document.querySelector<HTMLElement>('[data-search-ui]');
  if (!form || !ui) return;
  form.hidden = false;
  ui.hidden = false;
  document.querySelector('[data-no-js-message]')?.setAttribute('hidden', '');
  startShortcutSwitch();

  let loading: Promise<SearchUi | undefined> | undefined;
  const withUi = (use: (searchUi: SearchUi) => void) => {
    loading ??= import('./search-ui.ts').then(({ startSearchUi }) => startSearchUi());
    void loading.then((searchUi) => searchUi && use(searchUi));
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    withUi((searchUi) => searchUi.searchFromForm());
  });
  ui.addEventListener('change', (event) => {
    if ((event.target as Element).matches('[data-search-filter]')) withUi((searchUi) => searchUi.searchFromForm());
  });
  form.addEventListener('focusin', () => withUi((searchUi) => searchUi.showTotals()), { once: true });
  addEventListener('popstate', () => withUi((searchUi) => searchUi.searchFromUrl()));
  if (location.search) withUi((searchUi) => searchUi.searchFromUrl());
}

/** The switch that turns the `/` shortcut off and on again (see search-shortcut.ts). */
function startShortcutSwitch(): void {
  const panel = document.querySelector<HTMLElement>('[data-shortcut-setting]');
  const button = panel?.querySelector('button');
  const state = panel?.querySelector('[data-shortcut-state]');
  if (!panel || !button || !state) return;
  const show = () => {
    const on = shortcutEnabled();
    state.textContent = on ? 'on' : 'off';
    button.textContent = on ? 'Turn off the / shortcut' : 'Turn on the / shortcut';
  };
  button.addEventListener('click', () => {
    setShortcutEnabled(!shortcutEnabled());
    show();
  });
  show();
  panel.hidden = false;
}
