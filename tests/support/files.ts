/** Writes a small tree of files for a test: each path (relative to `folder`, with its folders made) with its text. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function writeFiles(folder: string, files: Readonly<Record<string, string>>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), text);
  }
}
