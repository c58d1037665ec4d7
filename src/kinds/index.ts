/**
 * The registry of content kinds: each declared once, in its folder here
 * (src/kinds/<kind>/kind.ts, see kind.ts for what a declaration gives). Astro's
 * content collections, the content check, the route table, the page index,
 * the search records and the editor schemas all read this list, in this order.
 */
import type { ReferenceRule } from '../lib/content/references.ts';
import { pathUnder } from '../lib/routes/routes.ts';
import { hasSources } from '../lib/sources/site.ts';
import { contentDirectory } from '../site-folders.ts';
import { checklists } from './checklists/kind.ts';
import { guidance } from './guidance/kind.ts';
import type { Kind, KindEntry } from './kind.ts';
import { runbooks } from './runbooks/kind.ts';
import { services } from './services/kind.ts';
import { standards } from './standards/kind.ts';
import { teams } from './teams/kind.ts';

export const kinds = { guidance, standards, services, runbooks, teams, checklists };

export type KindName = keyof typeof kinds;

/**
 * Whether this site reads a kind's entries from federated sources as well as content/: the kind takes them and the
 * site has a sources.yaml. Its loader and the pages' getCollection must agree on it.
 */
export function readsSources(kind: Kind): boolean {
  return kind.federated !== undefined && hasSources(process.cwd(), contentDirectory());
}

/** The kinds with their names, in the registry's order. */
export const kindList = (Object.entries(kinds) as [KindName, Kind][]).map(([name, kind]) => ({ name, ...kind }));

/** Kinds whose entries are pages at `<prefix><id>/`. */
export type RoutedKind = { [K in KindName]: (typeof kinds)[K] extends { prefix: string } ? K : never }[KindName];

/** Kinds whose entries are pages at `<prefix><id>/`, with their prefixes (the route table matches their routes). */
export const ROUTED_KINDS = kindList.flatMap(({ name, prefix }) => (prefix ? [{ kind: name as RoutedKind, prefix }] : []));

/** guidance `operations/index` → /guidance/operations/; services `foo` → /services/foo/. */
export function entryPath(kind: RoutedKind, id: string): string {
  return pathUnder(kinds[kind].prefix, id);
}

/** The route parameter for an entry under its kind's prefix. */
export function entrySlug(kind: RoutedKind, id: string): string {
  return entryPath(kind, id).slice(kinds[kind].prefix.length, -1);
}

/** Every kind's references to other kinds, for the content check. */
export const referenceRules: ReferenceRule[] = kindList.flatMap(({ name, references }) => references.map((rule) => ({ from: name, ...rule })));

/** An entry of any kind, as the page index and the checks see it. */
export interface AnyEntry extends KindEntry {
  collection: string;
}

/**
 * Where an entry is published: its kind's prefix and its id, or under the
 * entry it lives in (a run book under its service); undefined for entries
 * that are not reviewed pages (teams, checklists).
 */
export function pagePathOf(entry: AnyEntry): string | undefined {
  const kind = kinds[entry.collection as KindName] as Kind | undefined;
  if (kind?.prefix) return pathUnder(kind.prefix, entry.id);
  const homeId = kind?.home ? entry.data[kind.home.field] : undefined;
  if (kind?.home && typeof homeId === 'string') return kind.home.path(homeId, entry.id);
  return undefined;
}

/** The id of the entry an entry lives under (a run book's service), if its kind has a home. */
export function homeIdOf(entry: AnyEntry): { kind: string; id: string } | undefined {
  const home = kinds[entry.collection as KindName]?.home as Kind['home'];
  return home ? { kind: home.kind, id: String(entry.data[home.field]) } : undefined;
}

/** The owners of these entries, by kind and id: what `ownerOf` needs to look up the owner of the entry another lives under. */
export function ownersAmong(entries: readonly AnyEntry[]): (kind: string, id: string) => string | undefined {
  const owners = new Map(entries.filter((e) => e.data.owner !== undefined).map((e) => [`${e.collection}\n${e.id}`, String(e.data.owner)]));
  return (kind, id) => owners.get(`${kind}\n${id}`);
}

/**
 * The team that owns an entry: its own `owner`, or, for a kind with a home,
 * the owner of the entry it lives under (`homeOwner` looks that up: see ownersAmong).
 */
export function ownerOf(entry: AnyEntry, homeOwner: (kind: string, id: string) => string | undefined): string | undefined {
  const own = entry.data.owner;
  if (own !== undefined && own !== null) return String(own);
  const home = homeIdOf(entry);
  return home ? homeOwner(home.kind, home.id) : undefined;
}
