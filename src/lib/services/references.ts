/**
 * The references a service manual or run book makes to other entries, for
 * the content check: Astro only warns about a dangling reference, and an
 * on-call engineer following "depends on" to nowhere is worse off than with none.
 */
import { fieldName, type Finding } from '../core/findings.ts';
import { each } from '../content/references.ts';

/** Backstage's limit on `metadata.name`, which is the service id. */
export const MAX_SERVICE_ID_LENGTH = 63;

/** Service ids (file names) too long to be Backstage entity names. */
export function checkServiceIds(services: readonly { id: string; file: string }[]): Finding[] {
  return services
    .filter(({ id }) => id.length > MAX_SERVICE_ID_LENGTH)
    .map(({ id, file }) => ({ file, line: 1, message: `has a file name of ${id.length} characters: Backstage allows ${MAX_SERVICE_ID_LENGTH}, so shorten it` }));
}

/** A service that names itself in `dependsOn`: it would draw a loop to itself and mislead anyone tracing a failure. */
export function checkSelfDependencies(services: readonly { id: string; file: string; data: Record<string, unknown>; lineOf: (path: readonly PropertyKey[]) => number }[]): Finding[] {
  return services.flatMap((service) =>
    each('dependsOn')(service.data)
      .filter(({ id }) => id === service.id)
      .map(({ path }) => ({
        file: service.file,
        line: service.lineOf(path),
        field: 'dependsOn',
        message: `names \`${service.id}\`, this service itself: a service cannot depend on itself. Remove it, and list the services this one calls.`,
      })),
  );
}

/**
 * A made-up example (`example: true`) may depend only on other examples. Its dependency on a real
 * service would be an invented fact on the real service's own pages: "Used by", the blast radius,
 * the incident pack, the dependency maps, services.json and the Backstage catalogue all read the
 * same edges. Rejecting the edge where it is written keeps every view, present and future, true,
 * with no filter any view could forget. A real service may still depend on an example: that is
 * the real service's own claim, made in its own file.
 */
export function checkExampleDependencies(services: readonly { id: string; file: string; data: Record<string, unknown>; lineOf: (path: readonly PropertyKey[]) => number }[]): Finding[] {
  const real = new Set(services.filter((service) => service.data.example !== true).map((service) => service.id));
  return services
    .filter((service) => service.data.example === true)
    .flatMap((service) =>
      each('dependsOn')(service.data)
        .filter(({ id }) => real.has(id))
        .map(({ id, path }) => ({
          file: service.file,
          line: service.lineOf(path),
          field: fieldName(path),
          message: `names \`${id}\`, a real service (it is not marked \`example: true\`), but this service is a made-up example: the real service's page, incident pack and maps would show this example as a service that depends on it. Remove \`${id}\` from \`dependsOn\`; an example may depend only on other examples.`,
        })),
    );
}
