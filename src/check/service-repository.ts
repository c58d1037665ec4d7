/**
 * `ops-manual check docs/manual` in a service's own repository: the folder a
 * site lists in its content/sources.yaml, holding `<service-id>.md` and
 * `runbooks/<id>.md`. Its files get the same checks and messages as in the
 * site. What lives only in the site (teams, other services, its pages) is
 * checked against the site's published `/services.json` when `--site` names
 * it; without it, a reference the folder cannot settle is a warning.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Finding } from '../lib/core/findings.ts';
import { didYouMean } from '../lib/core/suggest.ts';

/** What a published site knows: its services and the teams that own them. */
export interface SiteIndex {
  /** Where it came from, for messages: the URL or file given to --site. */
  from: string;
  services: Set<string>;
  teams: Set<string>;
}

/** A service repository's manual folder: pages and/or runbooks/, and none of a site's own folders. */
export function isServiceRepositoryFolder(folder: string): boolean {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return false;
  const names = readdirSync(folder);
  if (['services', 'teams', 'guidance', 'settings.yaml', 'sources.yaml'].some((name) => names.includes(name))) return false;
  return names.includes('runbooks') || names.some((name) => /\.mdx?$/i.test(name) && !/^readme\.md$/i.test(name));
}

/** Reads a site's services.json from an https URL (fetch) or a file; a problem is one line saying what to do. */
export async function loadSiteIndex(site: string, root = process.cwd()): Promise<SiteIndex> {
  let text: string;
  try {
    if (/^https:\/\//i.test(site)) {
      const response = await fetch(site, { redirect: 'follow', signal: AbortSignal.timeout(30_000) });
      if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`);
      text = await response.text();
    } else if (/^[a-z][a-z0-9+.-]*:/i.test(site)) {
      throw new Error('give an https:// address or a file path');
    } else {
      text = await readFile(path.resolve(root, site), 'utf8');
    }
  } catch (error) {
    throw new Error(`--site ${site} could not be read: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`--site ${site} is not JSON: give the site's /services.json, such as https://manual.example.org/services.json`);
  }
  const services = (data as { services?: unknown }).services;
  if (!Array.isArray(services)) throw new Error(`--site ${site} has no \`services\` list: give the site's /services.json`);
  const index: SiteIndex = { from: site, services: new Set(), teams: new Set() };
  for (const service of services as { id?: unknown; data?: { owner?: unknown } }[]) {
    if (typeof service?.id === 'string') index.services.add(service.id);
    if (typeof service?.data?.owner === 'string') index.teams.add(service.data.owner);
  }
  return index;
}

/**
 * The checks across files, as a service repository sees them. A reference to
 * a service or team the site publishes is fine; one it does not is an error
 * for services (the site would reject it) and a warning for teams (services.json
 * lists only teams that own a service). Without the site, every reference and
 * link the folder cannot settle is a warning that says how to check it.
 */
export function inServiceRepository(findings: readonly Finding[], site: SiteIndex | undefined): Finding[] {
  return findings.flatMap((finding): Finding[] => {
    const { missing, ...rest } = finding;
    if (missing?.collection === 'services' || missing?.collection === 'teams') {
      const kind = missing.collection;
      if (site?.[kind].has(missing.id)) return [];
      // Suggested from what the site publishes: a service repository's folder holds only its own services.
      const where = site ? `which ${site.from} does not list.${didYouMean(missing.id, [...site[kind]].sort())}` : `which this folder cannot check: run the check with --site https://<your site>/services.json`;
      return [{ ...rest, message: `names \`${missing.id}\`, ${where}`, severity: site && kind === 'services' ? 'error' : 'warning' }];
    }
    // A run book the manual names lives beside it, in runbooks/: still an error.
    if (missing?.collection === 'runbooks') return [{ ...rest, message: finding.message.replace('content/runbooks/', 'runbooks/') }];
    return [{ ...rest, severity: 'warning' }];
  });
}
