/**
 * What a section of a service manual is made of: the few pieces the sections
 * share, each made by a typed function here so content.ts cannot pass a
 * component the wrong props. Block.astro draws them.
 *
 * The order of these imports (and of this module's import in content.ts)
 * sets the order of the service page's stylesheets: see README, Architecture.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import SummaryCard from '../SummaryCard.astro';
import SummaryList from '../SummaryList.astro';
import Table from '../Table.astro';
import Paragraphs from '../Paragraphs.astro';
import BlastRadius from '../../incidents/BlastRadius.astro';
import DependencyMap from '../../incidents/DependencyMap.astro';
import ServiceReadiness from '../../checklists/ServiceReadiness.astro';
import type { ChecklistReadiness } from '../../../data/checklists.ts';
import type { ServiceView } from '../../../data/services.ts';
import type { Value } from '../cells.ts';
import { PAGE_LIMITS } from '../../../lib/paging/limits.ts';
import { incidentPackPath } from '../../../lib/services/routes.ts';
import { pathWithBase } from '../../../base-path.ts';

export interface Row {
  key: string;
  value: Value;
}

export type Block =
  /**
   * A component and its props, made by the functions below. `parts`: it names
   * the parts of its section (a summary list's rows), so it shows when the
   * section is blank, each part "Not documented yet".
   */
  | { kind: 'component'; Component: AstroComponentFactory; props: Record<string, unknown>; parts?: true }
  /** A sub-heading inside the section: one of its parts. */
  | { kind: 'heading'; text: string }
  /** "Not documented yet", for one part of a section. */
  | { kind: 'missing' }
  /** The body of the file: ServiceManual's slot. */
  | { kind: 'notes' };

const component = (Component: AstroComponentFactory, props: Record<string, unknown>, parts?: true): Block => ({ kind: 'component', Component, props, ...(parts && { parts }) });

/** A GOV.UK summary list: one row for each part of the section, documented or not. */
export const summaryList = (rows: Row[]): Block => component(SummaryList, { rows }, true);

/**
 * Whether the blocks name the parts of their section (summary list rows or
 * sub-headings). A blank section with parts still shows them, each "Not
 * documented yet", so its owner sees what is expected; one made of a table or
 * a list of items has nothing to show but "Not documented yet".
 */
export const listsParts = (blocks: readonly Block[]): boolean => blocks.some((block) => block.kind === 'heading' || (block.kind === 'component' && block.parts === true));

/** A GOV.UK table whose first column names each row. */
export const table = (caption: string, head: string[], rows: Value[][]): Block => component(Table, { caption, head, rows });

/** One summary card per item (a licence, a severity, an outside product). */
export const summaryCards = (cards: { title: string; rows: Row[] }[]): Block[] => cards.map((card) => component(SummaryCard, card));

/** Multi-paragraph text from frontmatter, or "Not documented yet" when there is none. */
export const paragraphsOrMissing = (text: string | undefined): Block => (text ? component(Paragraphs, { text }) : { kind: 'missing' });

/** The service's neighbourhood map, drawn by the page, with the map as a list. */
export const dependencyMap = (map: { svg: string; lines: string[] }): Block => component(DependencyMap, { ...map, listTitle: 'The map as a list:' });

/** Every service hit when this one goes down: on the service page, the nearest ones and a link to the incident pack for the rest. */
export const blastRadius = (view: ServiceView): Block =>
  component(BlastRadius, { view, limit: PAGE_LIMITS.blastRadiusOnServicePage, more: `${pathWithBase(incidentPackPath(view.entry.id))}#blast-radius` });

/** The service's readiness against every checklist. */
export const readiness = (results: ChecklistReadiness[], phase: ServiceView['entry']['data']['phase'], today: Date): Block =>
  component(ServiceReadiness, { results, phase, today });

/** Blocks for a list of items, or "Not documented yet" when there are none. */
export function orMissing<T>(items: readonly T[], blocks: (items: readonly T[]) => Block | Block[]): Block[] {
  return items.length === 0 ? [{ kind: 'missing' }] : [blocks(items)].flat();
}
