/**
 * The search index's files, written into the built site: the folder ends with
 * exactly the index's files, a file already right is not written again, and
 * no write leaves the folder or goes through a link.
 */
import { existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { globSync } from 'tinyglobby';
import { writeIndexFiles, type IndexFile } from '../../../../src/lib/build/index-files.ts';

let work: string;
let folder: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'index-files-'));
  folder = path.join(work, 'dist', 'pagefind');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const file = (relative: string, text: string): IndexFile => ({ path: relative, content: new TextEncoder().encode(text) });
const index = [file('pagefind.js', 'engine'), file('fragment/en_1.pf_fragment', 'one'), file('fragment/en_2.pf_fragment', 'two'), file('pagefind-entry.json', '{}')];
const listed = () => globSync('**/*', { cwd: folder, dot: true, onlyFiles: false }).sort();

/** A file outside the index's folder, and the folder's fragment/ folder, for a link from one to the other. */
function fileOutside(name: string, text: string): string {
  const outside = path.join(work, name);
  writeFileSync(outside, text);
  mkdirSync(path.join(folder, 'fragment'), { recursive: true });
  return outside;
}

describe('writeIndexFiles', () => {
  it('writes every file, in its folder, into a folder that is not there yet', () => {
    expect(writeIndexFiles(folder, index)).toEqual({ written: 4, unchanged: 0, removed: 0 });
    expect(listed()).toEqual(['fragment/', 'fragment/en_1.pf_fragment', 'fragment/en_2.pf_fragment', 'pagefind-entry.json', 'pagefind.js']);
    expect(readFileSync(path.join(folder, 'fragment/en_2.pf_fragment'), 'utf8')).toBe('two');
  });

  it('leaves a file with the same bytes alone, writes one that differs, and removes what the index no longer has', () => {
    writeIndexFiles(folder, [...index, file('filter/en_old.pf_filter', 'old')]);
    const before = statSync(path.join(folder, 'fragment/en_1.pf_fragment'));
    const next = [file('pagefind.js', 'engine'), file('fragment/en_1.pf_fragment', 'one'), file('fragment/en_3.pf_fragment', 'three'), file('pagefind-entry.json', '{"changed":1}')];
    expect(writeIndexFiles(folder, next)).toEqual({ written: 2, unchanged: 2, removed: 2 });
    expect(listed()).toEqual(['fragment/', 'fragment/en_1.pf_fragment', 'fragment/en_3.pf_fragment', 'pagefind-entry.json', 'pagefind.js']);
    const after = statSync(path.join(folder, 'fragment/en_1.pf_fragment'));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(readFileSync(path.join(folder, 'pagefind-entry.json'), 'utf8')).toBe('{"changed":1}');
  });

  it('never writes through a hard link or a symbolic link to a file outside the folder', () => {
    const outside = fileOutside('outside.txt', 'keep me');
    linkSync(outside, path.join(folder, 'pagefind.js'));
    symlinkSync(outside, path.join(folder, 'fragment/en_1.pf_fragment'));
    writeIndexFiles(folder, index);
    expect(readFileSync(outside, 'utf8')).toBe('keep me');
    expect(readFileSync(path.join(folder, 'pagefind.js'), 'utf8')).toBe('engine');
    expect(statSync(path.join(folder, 'pagefind.js')).ino).not.toBe(statSync(outside).ino);
    expect(readFileSync(path.join(folder, 'fragment/en_1.pf_fragment'), 'utf8')).toBe('one');
  });

  it('leaves no link in the folder, even one to a file with the very bytes the index has', () => {
    const same = fileOutside('same.txt', 'two');
    symlinkSync(same, path.join(folder, 'fragment/en_2.pf_fragment'));
    writeIndexFiles(folder, index);
    expect(lstatSync(path.join(folder, 'fragment/en_2.pf_fragment')).isFile()).toBe(true);
    expect(readFileSync(path.join(folder, 'fragment/en_2.pf_fragment'), 'utf8')).toBe('two');
  });

  it('replaces an index folder that is a link to somewhere else, leaving that place as it was', () => {
    const elsewhere = path.join(work, 'elsewhere');
    mkdirSync(elsewhere);
    writeFileSync(path.join(elsewhere, 'mine.txt'), 'mine');
    mkdirSync(path.dirname(folder), { recursive: true });
    symlinkSync(elsewhere, folder);
    writeIndexFiles(folder, index);
    expect(readFileSync(path.join(elsewhere, 'mine.txt'), 'utf8')).toBe('mine');
    expect(existsSync(path.join(elsewhere, 'pagefind.js'))).toBe(false);
    expect(listed()).toContain('pagefind.js');
  });

  it('reads a path with backslashes between folders (Pagefind on Windows) as one with slashes', () => {
    writeIndexFiles(folder, [file('fragment\\en_1.pf_fragment', 'one')]);
    expect(listed()).toEqual(['fragment/', 'fragment/en_1.pf_fragment']);
  });

  it('refuses a file that would land outside the folder, writing nothing', () => {
    for (const bad of ['../escaped.js', '/etc/escaped.js', 'fragment/../../escaped.js', '', 'a//b', '..\\escaped.js', 'C:\\escaped.js', 'C:/escaped.js']) {
      expect(() => writeIndexFiles(folder, [file('pagefind.js', 'engine'), file(bad, 'x')]), bad).toThrow(/outside its folder/);
    }
    expect(existsSync(path.join(work, 'dist', 'escaped.js'))).toBe(false);
    expect(existsSync(folder)).toBe(false);
  });
});
