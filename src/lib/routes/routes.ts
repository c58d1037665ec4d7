/**
 * Site paths. Paths here are site paths without the base; `withBase` adds
 * the sub-path the site is served under. Where each kind's entries are
 * published is declared by the kind (src/kinds/).
 */

/** An entry at `<prefix><id>/`: `/guidance/` `operations/index` → /guidance/operations/ (an `index` id is its folder's page). */
export function pathUnder(prefix: string, id: string): string {
  const tail = id.replace(/(^|\/)index$/, '');
  return tail ? `${prefix}${tail}/` : prefix;
}

/** Prefixes a root-relative site path with the base path. Leaves anything else (https:, #x, mailto:) alone. */
export function withBase(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const trimmedBase = base.replace(/\/+$/, '');
  return `${trimmedBase}${path}`;
}

/**
 * The main navigation a site gets when its settings name none: each part of
 * the site that has content, in this order, then search.
 */
export function defaultNavigation(has: Record<'guidance' | 'standards' | 'services' | 'checklists', boolean>): { label: string; path: string }[] {
  return [
    ...(has.guidance ? [{ label: 'Guidance', path: '/guidance/' }] : []),
    ...(has.standards ? [{ label: 'Service Standard', path: '/service-standard/' }] : []),
    ...(has.services ? [{ label: 'Services', path: '/services/' }] : []),
    ...(has.checklists ? [{ label: 'Checklists', path: '/checklists/' }] : []),
    { label: 'Search', path: '/search/' },
  ];
}
