/**
 * The `/` shortcut to the search box. WCAG 2.1.4 asks that a one-key
 * shortcut can be turned off (speech input can trigger it), so the search
 * page offers a switch, remembered in this browser.
 */
const OFF = 'ops-manual:search-shortcut-off';

export function shortcutEnabled(): boolean {
  try {
    return localStorage.getItem(OFF) !== '1';
  } catch {
    return true; // storage blocked: keep the default
  }
}

export function setShortcutEnabled(enabled: boolean): void {
  try {
    if (enabled) localStorage.removeItem(OFF);
    else localStorage.setItem(OFF, '1');
  } catch {
    // Storage blocked: the choice lasts for this page only.
  }
}
