/**
 * GOV.UK service navigation's Menu toggle: below the tablet breakpoint the
 * list folds behind the Menu button, which says whether it is open with
 * aria-expanded; from tablet up the button is hidden and the list shows.
 * This does what govuk-frontend 6's ServiceNavigation does, on its markup
 * (`.govuk-js-service-navigation-toggle`, `aria-controls`, `hidden`), and
 * marks the root `data-govuk-service-navigation-init` as it does. It is not
 * that module: with govuk-frontend's component base and error classes it
 * weighs 1.55 kB gzipped on every page, against about 0.2 kB for this, and
 * would put the checklist pages at about 3.6 kB of script before
 * interaction, over their 3 kB budget (issue 23).
 */
/** GOV.UK Frontend's tablet breakpoint, 641 px (`--govuk-breakpoint-tablet`). */
const TABLET = '(min-width: 40.0625rem)';

export function startServiceNavigation(): void {
  const button = document.querySelector<HTMLButtonElement>('.govuk-js-service-navigation-toggle');
  const menu = button && document.getElementById(button.getAttribute('aria-controls')!);
  if (!button || !menu) return;
  const wide = matchMedia(TABLET);
  let open = false;
  const show = () => {
    button.hidden = wide.matches;
    button.setAttribute('aria-expanded', String(open));
    menu.hidden = !wide.matches && !open;
  };
  button.onclick = () => {
    open = !open;
    show();
  };
  wide.onchange = show;
  show();
  button.closest('[data-module]')!.setAttribute('data-govuk-service-navigation-init', '');
}
