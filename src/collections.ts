/**
 * Where each collection's files live and which schema they follow. Astro's
 * content config and the stand-alone content check both read this, so the
 * build and `npm run check` can never disagree about the rules.
 */
import type { z } from 'astro/zod';
import { checklistSchema } from './schemas/checklist.ts';
import { guidanceSchema } from './schemas/guidance.ts';
import { runbookSchema } from './schemas/runbook.ts';
import { serviceSchema } from './schemas/service.ts';
import { standardSchema } from './schemas/standard.ts';
import { teamSchema } from './schemas/team.ts';

export interface CollectionSource {
  /** Folder under the content directory. */
  folder: string;
  /** Files in the folder that are entries. */
  pattern: string;
  schema: z.ZodType;
  /** What one entry is, for messages. */
  noun: string;
}

export const collectionSources = {
  guidance: { folder: 'guidance', pattern: '**/*.{md,mdx}', schema: guidanceSchema, noun: 'guidance page' },
  standards: { folder: 'standards', pattern: '*.{md,mdx}', schema: standardSchema, noun: 'Service Standard page' },
  services: { folder: 'services', pattern: '*.{md,mdx}', schema: serviceSchema, noun: 'service manual' },
  runbooks: { folder: 'runbooks', pattern: '*.{md,mdx}', schema: runbookSchema, noun: 'run book' },
  teams: { folder: 'teams', pattern: '*.{yaml,yml}', schema: teamSchema, noun: 'team' },
  checklists: { folder: 'checklists', pattern: '*.{yaml,yml}', schema: checklistSchema, noun: 'checklist' },
} satisfies Record<string, CollectionSource>;

export type CollectionName = keyof typeof collectionSources;

export { contentDirectory, publicDirectory } from './site-folders.ts';

/** An entry's id is its path inside the collection folder, without the extension. */
export function entryIdFromPath(relativePath: string): string {
  return relativePath.replace(/\\/g, '/').replace(/\.(mdx?|ya?ml)$/i, '').toLowerCase();
}
