/**
 * Every page the engine publishes, declared once: the integration injects
 * each into Astro (src/index.ts), and the content check's route table reads
 * the same list (src/check/route-table.ts). `entrypoint` is under src/routes/.
 * Patterns are Astro's: `[id]` is one segment, `[...slug]` any number.
 */
export interface EngineRoute {
  pattern: string;
  entrypoint: string;
}

export const ROUTES: readonly EngineRoute[] = [
  { pattern: '/', entrypoint: 'index.astro' },
  { pattern: '/404', entrypoint: '404.astro' },
  { pattern: '/[...oldPath]', entrypoint: '[...oldPath].astro' },
  { pattern: '/accessibility', entrypoint: 'accessibility.astro' },
  { pattern: '/alerts', entrypoint: 'alerts/index.astro' },
  { pattern: '/alerts/[alert]', entrypoint: 'alerts/[alert].astro' },
  { pattern: '/alerts/a-z/[letter]', entrypoint: 'alerts/a-z/[letter].astro' },
  { pattern: '/api/pages.json', entrypoint: 'api/pages.json.ts' },
  { pattern: '/checklists', entrypoint: 'checklists/index.astro' },
  { pattern: '/checklists.json', entrypoint: 'checklists.json.ts' },
  { pattern: '/checklists/[id]', entrypoint: 'checklists/[id].astro' },
  { pattern: '/checklists/[id]/answers.json', entrypoint: 'checklists/[id]/answers.json.ts' },
  { pattern: '/checklists/[id]/teams/[team]', entrypoint: 'checklists/[id]/teams/[team].astro' },
  { pattern: '/cookies', entrypoint: 'cookies.astro' },
  { pattern: '/create-a-service-manual', entrypoint: 'create-a-service-manual/index.astro' },
  { pattern: '/create-a-service-manual/service.md', entrypoint: 'create-a-service-manual/service.md.ts' },
  { pattern: '/guidance', entrypoint: 'guidance/index.astro' },
  { pattern: '/guidance/[...slug]', entrypoint: 'guidance/[...slug].astro' },
  { pattern: '/guidance/[section]/pages/[part]', entrypoint: 'guidance/[section]/pages/[part].astro' },
  { pattern: '/readiness', entrypoint: 'readiness/index.astro' },
  { pattern: '/reviews', entrypoint: 'reviews.astro' },
  { pattern: '/reviews/[owner]', entrypoint: 'reviews/[owner].astro' },
  { pattern: '/search', entrypoint: 'search.astro' },
  { pattern: '/search/a-z/[letter]', entrypoint: 'search/a-z/[letter].astro' },
  { pattern: '/service-standard', entrypoint: 'service-standard/index.astro' },
  { pattern: '/service-standard/[slug]', entrypoint: 'service-standard/[slug].astro' },
  { pattern: '/services', entrypoint: 'services/index.astro' },
  { pattern: '/services.json', entrypoint: 'services.json.ts' },
  { pattern: '/services/[id]', entrypoint: 'services/[id].astro' },
  { pattern: '/services/[id]/catalog-info.yaml', entrypoint: 'services/[id]/catalog-info.yaml.ts' },
  { pattern: '/services/[id]/incident-pack', entrypoint: 'services/[id]/incident-pack.astro' },
  { pattern: '/services/[id]/runbooks/[runbook]', entrypoint: 'services/[id]/runbooks/[runbook].astro' },
  { pattern: '/services/a-z/[letter]', entrypoint: 'services/a-z/[letter].astro' },
  { pattern: '/services/catalogue.json', entrypoint: 'services/catalogue.json.ts' },
  { pattern: '/services/map', entrypoint: 'services/map/index.astro' },
  { pattern: '/services/map/[owner]', entrypoint: 'services/map/[owner].astro' },
  { pattern: '/teams', entrypoint: 'teams/index.astro' },
  { pattern: '/teams/[id]', entrypoint: 'teams/[id].astro' },
  { pattern: '/whats-new', entrypoint: 'whats-new/index.astro' },
  { pattern: '/whats-new/feed.xml', entrypoint: 'whats-new/feed.xml.ts' },
];

/** Where a route's file is, relative to the engine: shown in messages about addresses it publishes. */
export function routeFile(route: EngineRoute): string {
  return `src/routes/${route.entrypoint}`;
}
