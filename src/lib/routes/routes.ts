/**
 * Where each entry is published. Paths here are site paths without the base;
 * `withBase` adds the sub-path the site is served under.
 */

export type RoutedCollection = 'guidance' | 'standards' | 'services';

const PREFIX: Record<RoutedCollection, string> = {
  guidance: '/guidance/',
  standards: '/service-standard/',
  services: '/services/',
};

/** Collections whose entries are pages at `<prefix><id>/`, with their prefixes. */
export const ROUTED_COLLECTIONS = Object.entries(PREFIX).map(([collection, prefix]) => ({ collection: collection as RoutedCollection, prefix }));

/** guidance `operations/index` → /guidance/operations/; services `foo` → /services/foo/. */
export function entryPath(collection: RoutedCollection, id: string): string {
  const tail = id.replace(/(^|\/)index$/, '');
  return tail ? `${PREFIX[collection]}${tail}/` : PREFIX[collection];
}

/** The route parameter for an entry under its collection's prefix. */
export function entrySlug(collection: RoutedCollection, id: string): string {
  return entryPath(collection, id).slice(PREFIX[collection].length, -1);
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
