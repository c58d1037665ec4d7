/** Where service manual pages, run books, exports and help are published (site paths, without the base). */
import { pathUnder } from '../routes/routes.ts';

/** Where service manuals are published: /services/<id>/ (the services kind's prefix). */
export const SERVICES_PREFIX = '/services/';
export const CREATE_SERVICE_PATH = '/create-a-service-manual/';
export const SERVICES_JSON_PATH = '/services.json';
/** The portfolio dependency map, by team; each team has its own map under it. */
export const MAP_PATH = '/services/map/';

export function ownerMapPath(owner: string): string {
  return `${MAP_PATH}${owner}/`;
}

export function servicePath(serviceId: string): string {
  return pathUnder(SERVICES_PREFIX, serviceId);
}

export function runbookPath(serviceId: string, runbookId: string): string {
  return `${servicePath(serviceId)}runbooks/${runbookId}/`;
}

/** Everything for an incident on one printable page: the panel, contacts, severities, dependencies and every run book's steps. */
export function incidentPackPath(serviceId: string): string {
  return `${servicePath(serviceId)}incident-pack/`;
}

export function catalogInfoPath(serviceId: string): string {
  return `${servicePath(serviceId)}catalog-info.yaml`;
}

/** The "what to write" help for one section of the manual. */
export function sectionHelpPath(sectionId: string): string {
  return `${CREATE_SERVICE_PATH}#write-${sectionId}`;
}
