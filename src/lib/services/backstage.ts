/**
 * A service manual as a Backstage Component entity (`catalog-info.yaml`), so
 * an organisation that runs Backstage can import every service from the
 * manual instead of keeping a second copy of the same facts.
 */
import type { Phase } from '../core/vocabulary.ts';
import { sentenceCase } from '../core/sentence-case.ts';

/** Backstage's well-known lifecycle values, from our delivery phases. */
export const LIFECYCLE: Record<Phase, 'experimental' | 'production' | 'deprecated'> = {
  discovery: 'experimental',
  alpha: 'experimental',
  beta: 'production',
  live: 'production',
  retiring: 'deprecated',
  retired: 'deprecated',
};

/** Backstage requires `spec.type`; a manual that has not said uses its generic value. */
export const DEFAULT_COMPONENT_TYPE = 'service';

export interface BackstageSource {
  id: string;
  name: string;
  description?: string;
  example: boolean;
  phase: Phase;
  type?: string;
  owner: string;
  system?: string;
  tags?: readonly string[];
  dependsOn: readonly string[];
  dashboards: readonly { kind: string; tool: string; url?: string }[];
  repositories: readonly { name: string; url?: string }[];
  documentation: readonly { kind: string; name: string; url?: string }[];
  environments: readonly { name: string; url?: string }[];
}

export interface BackstageLink {
  url: string;
  title: string;
  type: string;
  icon?: string;
}

export interface ComponentEntity {
  apiVersion: 'backstage.io/v1alpha1';
  kind: 'Component';
  metadata: {
    name: string;
    title: string;
    description?: string;
    tags: string[];
    links: BackstageLink[];
    annotations?: Record<string, string>;
  };
  spec: {
    type: string;
    lifecycle: string;
    owner: string;
    system?: string;
    dependsOn: string[];
  };
}

/** Only links with an address can cross to Backstage; names without one stay in the manual. */
function links(service: BackstageSource, manualUrl: string | undefined): BackstageLink[] {
  const result: BackstageLink[] = [];
  if (manualUrl) result.push({ url: manualUrl, title: 'Service manual', type: 'documentation', icon: 'docs' });
  for (const dashboard of service.dashboards) {
    if (dashboard.url) result.push({ url: dashboard.url, title: `${sentenceCase(dashboard.kind)} (${dashboard.tool})`, type: 'dashboard', icon: 'dashboard' });
  }
  for (const repository of service.repositories) {
    if (repository.url) result.push({ url: repository.url, title: repository.name, type: 'repository', icon: 'github' });
  }
  for (const document of service.documentation) {
    if (document.url) result.push({ url: document.url, title: `${document.kind}: ${document.name}`, type: 'documentation', icon: 'docs' });
  }
  for (const environment of service.environments) {
    if (environment.url) result.push({ url: environment.url, title: environment.name, type: 'website', icon: 'web' });
  }
  return result;
}

/**
 * `manualUrl` is the absolute address of the service's manual page, when the
 * site URL is known: Backstage links must be absolute.
 */
export function backstageEntity(service: BackstageSource, manualUrl?: string): ComponentEntity {
  const tags = [...new Set([...(service.tags ?? []), service.phase, ...(service.example ? ['example'] : [])])];
  const entity: ComponentEntity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: service.id,
      title: service.name,
      ...(service.description ? { description: service.description } : {}),
      tags,
      links: links(service, manualUrl),
      ...(manualUrl ? { annotations: { 'backstage.io/view-url': manualUrl } } : {}),
    },
    spec: {
      type: service.type ?? DEFAULT_COMPONENT_TYPE,
      lifecycle: LIFECYCLE[service.phase],
      owner: `group:${service.owner}`,
      ...(service.system ? { system: service.system } : {}),
      dependsOn: service.dependsOn.map((id) => `component:${id}`),
    },
  };
  return entity;
}
