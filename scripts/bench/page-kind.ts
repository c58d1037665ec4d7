/**
 * What kind of page a built HTML file is, from its path in dist/: the labels
 * of the benchmark's "largest page of each kind" and "render time" tables.
 * Pages that grow with the portfolio (readiness, teams, checklist matrices,
 * A to Z pages, maps) each get their own kind, so the table shows the largest
 * of each rather than hiding it behind a bigger neighbour.
 */

/** Kinds by the first folder of the path: [the folder's own page, a page under it]. */
const SECTIONS: Record<string, [index: string, page: string]> = {
  alerts: ['alerts index', 'alert'],
  checklists: ['checklists index', 'checklist'],
  'create-a-service-manual': ['create a service manual', 'create a service manual'],
  readiness: ['readiness', 'readiness'],
  reviews: ['reviews index', 'reviews, one team'],
  search: ['search', 'search'],
  'service-standard': ['service standard index', 'service standard point'],
  teams: ['teams index', 'team'],
  'whats-new': ["what's new", "what's new"],
};

export function pageKind(page: string): string {
  const parts = page
    .replace(/(^|\/)index\.html$/, '')
    .replace(/\.html$/, '')
    .split('/')
    .filter(Boolean);
  const [first, second, third] = parts;
  if (first === undefined) return 'home';
  if (first === 'services') {
    if (second === undefined) return 'services index';
    if (second === 'a-z') return 'services A to Z';
    if (second === 'map') return third === undefined ? 'services map' : 'services map, one team';
    if (third === 'runbooks') return 'run book';
    if (third === 'incident-pack') return 'incident pack';
    return third === undefined ? 'service' : `service, ${third}`;
  }
  if (first === 'guidance') {
    if (second === undefined) return 'guidance index';
    if (third === undefined) return 'guidance section';
    return third === 'pages' && parts.length === 4 ? 'guidance section, numbered page' : 'guidance';
  }
  if (first === 'checklists' && third === 'teams') return 'checklist, one team';
  if (first === 'search' && second === 'a-z') return 'search A to Z';
  const section = SECTIONS[first];
  if (section) return second === undefined ? section[0] : section[1];
  return parts.length === 1 ? first : `${first}/…`;
}
