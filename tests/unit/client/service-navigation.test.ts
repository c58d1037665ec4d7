// @vitest-environment happy-dom
/**
 * The Menu toggle's logic (src/client/service-navigation.ts) on the service navigation's markup, with the
 * width stubbed: folded behind the button on a phone, a row from tablet up, and back when the width changes.
 * Real layout, keyboard and axe are in tests/e2e/first-screen.test.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startServiceNavigation } from '../../../src/client/service-navigation.ts';

function setUp(wide: boolean) {
  document.body.innerHTML = `
    <section class="govuk-service-navigation" data-module="govuk-service-navigation">
      <nav aria-label="Menu">
        <button type="button" class="govuk-service-navigation__toggle govuk-js-service-navigation-toggle" aria-controls="menu-list" hidden>Menu</button>
        <ul id="menu-list"><li><a href="/guidance/">Guidance</a></li></ul>
      </nav>
    </section>`;
  const query = { matches: wide, onchange: null as null | (() => void) };
  vi.stubGlobal('matchMedia', () => query);
  startServiceNavigation();
  const button = document.querySelector('button')!;
  const list = document.querySelector('ul')!;
  const resize = (toWide: boolean) => {
    query.matches = toWide;
    query.onchange?.();
  };
  return { button, list, resize, root: document.querySelector('section')! };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the service navigation Menu toggle', () => {
  it('on a phone, shows the button closed and hides the list, then opens and closes it', () => {
    const { button, list, root } = setUp(false);
    expect(button.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(list.hidden).toBe(true);
    expect(root.hasAttribute('data-govuk-service-navigation-init')).toBe(true);
    button.click();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(list.hidden).toBe(false);
    button.click();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(list.hidden).toBe(true);
  });

  it('from tablet up, hides the button and shows the list, and follows the width as it changes', () => {
    const { button, list, resize } = setUp(true);
    expect(button.hidden).toBe(true);
    expect(list.hidden).toBe(false);
    resize(false);
    expect(button.hidden).toBe(false);
    expect(list.hidden).toBe(true);
    button.click();
    resize(true);
    expect(list.hidden).toBe(false);
    resize(false);
    expect(list.hidden).toBe(false); // still open, as the reader left it
  });

  it('does nothing on a page without the button', () => {
    document.body.innerHTML = '<nav aria-label="Menu"><ul id="menu-list"></ul></nav>';
    vi.stubGlobal('matchMedia', () => ({ matches: false }));
    expect(() => startServiceNavigation()).not.toThrow();
    expect(document.querySelector('ul')!.hidden).toBe(false);
  });
});
