/**
 * Writes Pagefind's index files into the built site. Pagefind's own
 * `writeFiles()` makes every file afresh, and making about a thousand new
 * files costs it about a second (a second more if the folder was just
 * deleted); its `getFiles()` gives the same files in memory, and this writes
 * them, leaving alone each file that already has exactly those bytes. The
 * folder ends with exactly the index's files: any other file in it is removed,
 * with the folders left empty.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface IndexFile {
  /** Relative to the index folder, with `/` between folders. */
  path: string;
  content: Uint8Array;
}

/** What writing the index did: files written, files already right, files removed. */
export interface IndexWrite {
  written: number;
  unchanged: number;
  removed: number;
}

/** A path inside the folder: relative, no `..`, nothing empty, no drive (`C:`). */
function insideFolder(relative: string): boolean {
  return relative.split('/').every((part) => part !== '' && part !== '.' && part !== '..' && !part.includes(':'));
}

/** Pagefind's path with `/` between folders, as it gives them on Windows too (`fragment\\en_1.pf_fragment`). */
const withSlashes = (file: IndexFile): IndexFile => ({ path: file.path.replaceAll('\\', '/'), content: file.content });

/**
 * Every regular file under `folder`, relative to it; anything else (a link, a
 * socket) is removed, as it could lead a write outside the folder.
 */
function regularFiles(folder: string, prefix = ''): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(path.join(folder, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...regularFiles(folder, relative));
    else if (entry.isFile()) files.push(relative);
    else rmSync(path.join(folder, relative), { force: true });
  }
  return files;
}

/** Removes each folder under `folder` (not `folder` itself) that holds nothing, deepest first. */
function removeEmptyFolders(folder: string, prefix = ''): boolean {
  let empty = true;
  for (const entry of readdirSync(path.join(folder, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory() && removeEmptyFolders(folder, relative)) rmdirSync(path.join(folder, relative));
    else empty = false;
  }
  return empty;
}

function isRealFolder(folder: string): boolean {
  try {
    return lstatSync(folder).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Makes `folder` hold exactly `files`: each written unless it is there with
 * the same bytes, every other file removed. A file that differs is removed
 * before it is written, so a write never goes through a hard link.
 */
export function writeIndexFiles(folder: string, given: readonly IndexFile[]): IndexWrite {
  const files = given.map(withSlashes);
  for (const file of files) if (!insideFolder(file.path)) throw new Error(`Pagefind gave a file outside its folder: ${file.path}`);
  if (!isRealFolder(folder)) rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const wanted = new Map(files.map((file) => [file.path, file.content]));
  const result: IndexWrite = { written: 0, unchanged: 0, removed: 0 };
  const present = new Set<string>();
  for (const relative of regularFiles(folder)) {
    if (wanted.has(relative)) present.add(relative);
    else {
      rmSync(path.join(folder, relative), { force: true });
      result.removed++;
    }
  }
  removeEmptyFolders(folder);
  for (const [relative, content] of wanted) {
    const file = path.join(folder, relative);
    if (present.has(relative)) {
      if (readFileSync(file).equals(content)) {
        result.unchanged++;
        continue;
      }
      rmSync(file, { force: true });
    } else {
      // A folder where the file goes (left from another index) gives way to it.
      if (isRealFolder(file)) rmSync(file, { recursive: true, force: true });
      mkdirSync(path.dirname(file), { recursive: true });
    }
    writeFileSync(file, content);
    result.written++;
  }
  return result;
}
