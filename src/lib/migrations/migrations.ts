/**
 * Content format changes, each with the rewrite that brings a file up to
 * date. `ops-manual migrate` applies them; the content check names each file
 * that needs one (as a warning), so an upgrade never leaves a file behind
 * without saying what to change.
 */
import type { Finding } from '../core/findings.ts';

export interface ContentFile {
  /** Path relative to the content folder, such as services/foo.mdx. */
  relative: string;
  text: string;
}

export interface Rewrite {
  /** The file's path relative to the content folder, before and after. */
  from: string;
  to: string;
  text: string;
}

export interface Migration {
  id: string;
  /** The engine version whose format it brings files to. */
  since: string;
  /** What changed, said once for the whole run. */
  summary: string;
  /** The rewrite a file needs, or undefined when it is up to date. */
  rewrite(file: ContentFile): Rewrite | undefined;
  /** What the check says about a file that needs it. */
  message: string;
}

/** Markup only MDX can hold: imports, exports and components (capitalised tags). */
const MDX_ONLY = /^(?:import|export)\s|<[A-Z]/m;

export const MIGRATIONS: Migration[] = [
  {
    id: 'plain-markdown-manuals',
    since: '0.1.0',
    summary: 'Service manuals and run books are plain Markdown (.md): `{`, `<` and `#channel` show as written.',
    rewrite(file) {
      if (!/^(services|runbooks)\/[^/]+\.mdx$/.test(file.relative)) return undefined;
      const body = file.text.replace(/^---\r?\n[\s\S]*?\r?\n---/, '');
      if (MDX_ONLY.test(body)) return undefined;
      return { from: file.relative, to: file.relative.replace(/\.mdx$/, '.md'), text: file.text };
    },
    message: 'is MDX, but service manuals and run books are plain Markdown now, so `{`, `<` and `#channel` show as written: run `npx ops-manual migrate` to rename it to .md',
  },
];

/** Every rewrite the files need, in order. */
export function pendingRewrites(files: readonly ContentFile[]): { migration: Migration; rewrite: Rewrite }[] {
  return MIGRATIONS.flatMap((migration) => files.flatMap((file) => {
    const rewrite = migration.rewrite(file);
    return rewrite ? [{ migration, rewrite }] : [];
  }));
}

/** The check's warnings for files a migration would rewrite. `shown` turns a content path into the path to report. */
export function migrationFindings(files: readonly ContentFile[], shown: (relative: string) => string): Finding[] {
  return pendingRewrites(files).map(({ migration, rewrite }) => ({ file: shown(rewrite.from), line: 1, message: migration.message, severity: 'warning' as const }));
}
