/**
 * Checklists as the pages use them: where each checklist and item is
 * published, items grouped by level, and the reverse index from a guidance
 * section to the items it backs. Pure: the data module feeds it entries.
 */
import { LEVELS, type Level } from '../core/vocabulary.ts';
import { sentenceCase } from '../core/sentence-case.ts';

export const CHECKLISTS_PATH = '/checklists/';
export const CHECKLISTS_JSON_PATH = '/checklists.json';

export function checklistPath(checklistId: string): string {
  return `${CHECKLISTS_PATH}${checklistId}/`;
}

/** Each item is an anchor on its checklist's page, named by its id. */
export function checklistItemPath(checklistId: string, itemId: string): string {
  return `${checklistPath(checklistId)}#${itemId}`;
}

/** /guidance/x/#heading → { path: '/guidance/x/', anchor: 'heading' }. */
export function splitSectionLink(link: string): { path: string; anchor: string } {
  const hash = link.indexOf('#');
  return hash < 0 ? { path: link, anchor: '' } : { path: link.slice(0, hash), anchor: link.slice(hash + 1) };
}

/** Items in their levels, lowest level first, each level keeping the author's order; empty levels left out. */
export function groupByLevel<T extends { level: Level }>(items: readonly T[]): { level: Level; items: T[] }[] {
  return LEVELS.map((level) => ({ level, items: items.filter((item) => item.level === level) })).filter((group) => group.items.length > 0);
}

export interface BackedItem {
  checklistId: string;
  checklistTitle: string;
  itemId: string;
  itemTitle: string;
  level: Level;
}

interface IndexableChecklist {
  id: string;
  title: string;
  items: readonly { id: string; title: string; level: Level; guidance: string }[];
}

/** For one page: which items each of its sections (by heading anchor) backs, in checklist then item order. */
export function itemsBackedBy(pagePath: string, checklists: readonly IndexableChecklist[]): Map<string, BackedItem[]> {
  const bySection = new Map<string, BackedItem[]>();
  for (const checklist of checklists) {
    for (const item of checklist.items) {
      const { path, anchor } = splitSectionLink(item.guidance);
      if (path !== pagePath) continue;
      const backed = { checklistId: checklist.id, checklistTitle: checklist.title, itemId: item.id, itemTitle: item.title, level: item.level };
      bySection.set(anchor, [...(bySection.get(anchor) ?? []), backed]);
    }
  }
  return bySection;
}

/** "Beta and live", "Alpha, beta and live". */
export function phaseList(phases: readonly string[]): string {
  const words = phases.map((phase, index) => (index === 0 ? sentenceCase(phase) : phase));
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : (words[0] ?? '');
}
