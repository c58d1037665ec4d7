/** Writes a file whole or not at all, so a build stopped half-way never leaves a broken cache entry or index. */
import { rename, writeFile } from 'node:fs/promises';

export async function writeAtomic(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}
