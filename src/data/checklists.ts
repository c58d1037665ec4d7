/**
 * Checklists as the pages use them: each item with the title of the page and
 * the text of the heading it comes from, so links read as where they go
 * (built once per build from site.ts's entries); and each service's
 * readiness against them.
 */
import { render } from 'astro:content';
import { entryPath } from '../kinds/index.ts';
import { checklistPath, itemsBackedBy, splitSectionLink, type BackedItem } from '../lib/checklists/checklists.ts';
import { assessChecklist, type Readiness } from '../lib/checklists/readiness/readiness.ts';
import type { Phase, Level } from '../lib/core/vocabulary.ts';
import { checklistEntries, guidanceEntries, runbookEntries, serviceEntries, standardEntries, type ChecklistEntry, type ServiceEntry } from './site.ts';
import { settings } from '../settings.ts';
import { checklistEvidence, type ItemEvidence } from '../lib/checklists/readiness/evidence.ts';
import type { RunbookEvidence, ServiceEvidence } from '../lib/checklists/readiness/derived-checks.ts';
import { buildToday } from './today.ts';
import { memoise } from './memoise.ts';

export interface GuidanceSection {
  /** Site path of the page, such as /guidance/operations/incident-management/. */
  path: string;
  anchor: string;
  pageTitle: string;
  /** The heading's text, or the anchor if the page has no such heading (the content check prevents that). */
  heading: string;
}

export interface ChecklistItemView {
  id: string;
  title: string;
  hint: string;
  level: Level;
  phases: Phase[];
  /** The section as authors wrote it: path and #anchor. */
  guidance: string;
  /** The derived check that reads this item's evidence from the service manual, if any. */
  derivedFrom?: string;
  section: GuidanceSection;
}

export interface ChecklistView {
  id: string;
  entry: ChecklistEntry;
  title: string;
  path: string;
  source: { path: string; title: string };
  items: ChecklistItemView[];
}

interface PageHeadings {
  title: string;
  headings: Map<string, string>;
}

async function guidancePages(): Promise<Map<string, PageHeadings>> {
  const pages = new Map<string, PageHeadings>();
  const entries = [
    ...(await guidanceEntries()).map((entry) => ({ entry, path: entryPath('guidance', entry.id) })),
    ...(await standardEntries()).map((entry) => ({ entry, path: entryPath('standards', entry.id) })),
  ];
  for (const { entry, path } of entries) {
    const { headings } = await render(entry);
    pages.set(path, { title: entry.data.title, headings: new Map(headings.map((heading) => [heading.slug, heading.text])) });
  }
  return pages;
}

async function buildViews(): Promise<ChecklistView[]> {
  const pages = await guidancePages();
  return (await checklistEntries()).map((entry) => ({
    id: entry.id,
    entry,
    title: entry.data.title,
    path: checklistPath(entry.id),
    source: { path: entry.data.source, title: pages.get(entry.data.source)?.title ?? entry.data.source },
    items: entry.data.items.map((item) => {
      const { path, anchor } = splitSectionLink(item.guidance);
      const page = pages.get(path);
      return { ...item, section: { path, anchor, pageTitle: page?.title ?? path, heading: page?.headings.get(anchor) ?? anchor } };
    }),
  }));
}

/** Every checklist, in order. */
export const checklistViews = memoise(buildViews);

/** For a guidance or Service Standard page: the checklist items each of its sections (by heading anchor) backs. */
export async function backedItemsOf(pagePath: string): Promise<Map<string, BackedItem[]>> {
  return itemsBackedBy(pagePath, await checklistViews());
}

export type ServiceAnswers = ServiceEntry['data']['checklists'];
export type ItemAnswer = ServiceAnswers[string][string];

export interface ChecklistReadiness {
  checklist: ChecklistView;
  /** The service's answers to this checklist by item id, or undefined when it has not answered it. */
  answers: ServiceAnswers[string] | undefined;
  readiness: Readiness;
  /** What the service manual shows for each item, beside the answer (lib/checklists/readiness/evidence.ts). */
  evidence: Map<string, ItemEvidence>;
}

const readinessByService = memoise(async (): Promise<Map<string, ChecklistReadiness[]>> => {
  const today = buildToday();
  const [checklists, services, runbooks] = await Promise.all([checklistViews(), serviceEntries(), runbookEntries()]);
  const runbooksOf = new Map<string, RunbookEvidence[]>();
  for (const runbook of runbooks) {
    runbooksOf.set(runbook.data.service, [...(runbooksOf.get(runbook.data.service) ?? []), { title: runbook.data.title, lastTested: runbook.data.lastTested }]);
  }
  return new Map(
    services.map((service) => {
      const context = { ...settings.operations, today, runbooks: runbooksOf.get(service.id) ?? [] };
      const manual: ServiceEvidence = service.data;
      return [
        service.id,
        checklists.map((checklist) => {
          const answers = service.data.checklists[checklist.id];
          return {
            checklist,
            answers,
            readiness: assessChecklist(checklist.items, answers, { phase: service.data.phase, today }),
            evidence: checklistEvidence(checklist.items, answers, manual, context),
          };
        }),
      ];
    }),
  );
});

/** How one service meets every checklist, scored against the build's "today" (see data/today.ts); computed once per build. */
export async function readinessOf(service: ServiceEntry): Promise<ChecklistReadiness[]> {
  return (await readinessByService()).get(service.id) ?? [];
}

/** One column of a checklist's readiness matrix: a service with its readiness against that checklist. */
export interface MatrixColumn extends ChecklistReadiness {
  service: ServiceEntry;
}

/** The columns of a checklist's readiness matrix: every service, or the ones given, in their order. */
export async function matrixColumns(checklist: ChecklistView, services?: ServiceEntry[]): Promise<MatrixColumn[]> {
  return Promise.all(
    (services ?? (await serviceEntries())).map(async (service) => ({
      service,
      ...(await readinessOf(service)).find((result) => result.checklist.id === checklist.id)!,
    })),
  );
}
