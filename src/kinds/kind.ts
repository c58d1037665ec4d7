/**
 * What a kind of content declares, once, in its folder under src/kinds/: where
 * its files live and which schema they follow, where its entries are
 * published, who owns them, what they refer to and what search records of
 * them. The registry (src/kinds/index.ts) lists the kinds; Astro's content
 * collections, the content check, the route table, the page index, the search
 * records and the editor schemas all read it.
 */
import type { z } from 'astro/zod';
import type { ReferenceRule } from '../lib/content/references.ts';
import type { ContentType, SearchRecord } from '../lib/search/record.ts';
import type { SourceFile } from '../lib/sources/fetch.ts';

type Data = Record<string, unknown>;

/** An entry however it was loaded: by Astro, or by the content check. */
export interface KindEntry<D = Data> {
  id: string;
  data: D;
}

/**
 * A kind whose entries live under an entry of another kind (a run book under
 * its service): published under that entry's page, owned by its owner, and
 * filed in search under its phase and marks.
 */
export interface Home {
  /** The kind of the entry it lives under. */
  kind: string;
  /** The field naming that entry's id. */
  field: string;
  /** Its page's path, from the home entry's id and its own. */
  path: (homeId: string, id: string) => string;
}

/** What a kind's search record holds beyond what every record has (owner's name, review date, tags, aliases). */
export interface SearchDeclaration<D> {
  type: ContentType;
  title: (data: D) => string;
  /** Its page, for a kind with pages that are not in the page index (checklists). */
  path?: (id: string) => string;
  /** The delivery phases it is found by; `home` is the entry it lives under, if its kind has one. */
  phases: (data: D, home?: KindEntry) => readonly string[];
  /** Fields after the common ones, such as a service's id and marks. */
  extra?: (entry: KindEntry<D>, home?: KindEntry) => Partial<SearchRecord>;
}

export interface Kind<S extends z.ZodType = z.ZodType> {
  /** Folder under the content directory. */
  folder: string;
  /** Files in the folder that are entries. */
  pattern: string;
  schema: S;
  /** What one entry is, for messages. */
  noun: string;
  /** Entries are pages at `<prefix><id>/` (an `index` id is its folder's page). */
  prefix?: string;
  /** Entries are pages under another kind's entry, owned by its owner. */
  home?: Home;
  /** Services and run books may also come from a service's own repository (content/sources.yaml). */
  federated?: SourceFile['kind'];
  /** The order its pages list entries in (src/data/site.ts sorts by it); none: as read. */
  order?: (a: KindEntry<z.output<S>>, b: KindEntry<z.output<S>>) => number;
  /** Entries the built site leaves out (drafts) answer false; none: every entry is published. */
  published?: (data: z.output<S>) => boolean;
  /** The fields that name entries of other kinds, for the content check. */
  references: Omit<ReferenceRule, 'from'>[];
  /** Entries that are pages say what search records of them. */
  search?: SearchDeclaration<z.output<S>>;
}

/** Declares a kind, keeping its schema's type (for its search record and Astro's entry types) and whether it has a prefix. */
export function defineKind<S extends z.ZodType, P extends string | undefined = undefined>(kind: Kind<S> & { prefix?: P }): Kind<S> & { prefix: P } {
  return kind as Kind<S> & { prefix: P };
}

/** A list of strings in a field that not every schema version has; read defensively. */
export function listField(data: object, field: string): string[] {
  const value = (data as Record<string, unknown>)[field];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
