/**
 * A copy of the example site's content with one edit, for tests that need a state the
 * seed no longer has (the seed is kept honest and its build log clean).
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EXAMPLE_CONTENT, OUTPUT_ROOT, ROOT } from './site.ts';

export interface ContentEdit {
  /** A file inside the example content, such as services/find-mentor-training.md. */
  file: string;
  from: string;
  to: string;
}

/**
 * Copies the example content to tests/.output/<name>-content (beside, not inside, the build's own
 * output folder, which buildSite empties) and makes each edit, which must match exactly once.
 * Returns the folder relative to the repository, as buildSite and runScript take it.
 */
export function contentVariant(name: string, edits: ContentEdit[]): string {
  const folder = path.join(OUTPUT_ROOT, `${name}-content`);
  rmSync(folder, { recursive: true, force: true });
  cpSync(path.join(ROOT, EXAMPLE_CONTENT), folder, { recursive: true });
  for (const { file, from, to } of edits) {
    const target = path.join(folder, file);
    const text = readFileSync(target, 'utf8');
    const count = text.split(from).length - 1;
    if (count !== 1) throw new Error(`${EXAMPLE_CONTENT}/${file} has ${count} copies of the text to change, not 1: update the test's edit to match the seed\n${from}`);
    writeFileSync(target, text.replace(from, () => to));
  }
  return path.relative(ROOT, folder).split(path.sep).join('/');
}

/**
 * The seed answers `ready-for-live-support.run-books` in-progress, because the run book
 * "Renew the DfE Sign-in client secret" was last tested on 2026-02-16. Answered done, as
 * here, the manual disagrees: a readiness conflict, reported as a warning at line 197.
 */
export const RUN_BOOKS_ANSWERED_DONE: ContentEdit = {
  file: 'services/find-mentor-training.md',
  from: `    run-books:
      status: in-progress
      evidence: Run books published with this manual; the DfE Sign-in secret run book was last tested in February 2026 and is due a test before this counts as done
`,
  to: `    run-books:
      status: done
      evidence: Run books published with this manual
`,
};
