/**
 * The pages of the last build, kept so a rebuild can take a page's bytes
 * instead of rendering it again. A page is taken only when all of these are
 * as they were:
 *
 * - its cache key (src/data/cache-key.ts: everything the page reads);
 * - the code that renders it: the engine's source and templates, the site's
 *   own config and src/, the lockfile (every installed package) and Node's
 *   version (`codeKey`);
 * - the script and style files the bundler wrote (their names carry a hash of
 *   their contents), which every page links to.
 *
 * Each page is one file in the cache folder, named by a hash of all of those,
 * so a page whose inputs changed simply finds no file, and an index holds the
 * fingerprint of each file's bytes, so a file changed since is not taken. The
 * cache costs a clean build almost nothing: nothing is read or written as
 * pages render; once the build is done, each rendered page's built file is
 * linked into it (a hard link, not a copy) with the fingerprint the output
 * gate took of its bytes. Files this build neither took nor kept are deleted
 * then. A page taken is never handed to Astro, which would write it again.
 *
 * The built site keeps those links between builds: Astro is told not to empty
 * the output folder, and the engine empties it instead at the start of a
 * build, but for each built page that is still the file the last build kept
 * (`emptyOutDirKeepingPages`). A page taken again is then already in place,
 * with nothing written at all; one that is not is removed before Astro writes
 * anything (so no write goes through a link into the cache), and a page taken
 * that is not in place is linked in once Astro is done (`place`).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { copyFile, link, rm } from 'node:fs/promises';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { fingerprint } from '../safety/output-gate/as-rendered.ts';
import { writeAtomic } from '../core/write-atomic.ts';
import { PAGEFIND_FOLDER } from './generated.ts';

/** The search index's folder, at the top of the output folder. */
const SEARCH_INDEX_FOLDER = PAGEFIND_FOLDER.replaceAll('/', '');

/** Every file under `folder`, sorted, relative to it (none if it is missing). */
function filesUnder(folder: string): string[] {
  return globSync('**/*', { cwd: folder, dot: true, onlyFiles: true }).sort();
}

/** A file's bytes, or undefined if it cannot be read. */
function readIfThere(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Hashes each file's name and bytes into `hash`. */
function hashFiles(hash: ReturnType<typeof createHash>, folder: string, files: readonly string[]): void {
  for (const file of files) hash.update(`\n${file}\n`).update(readFileSync(path.join(folder, file)));
}

/**
 * The key of the code that renders pages: the engine's src/, templates/ and
 * package.json; the site's astro.config.*, src/ and lockfile (when the site is
 * not the engine's own folder, which these already cover); Node's version.
 */
export function codeKey(engine: string, site: string): string {
  const hash = createHash('sha256').update(process.version);
  for (const folder of ['src', 'templates']) hashFiles(hash.update(`\n${folder}/`), path.join(engine, folder), filesUnder(path.join(engine, folder)));
  hashFiles(hash, engine, ['package.json']);
  const siteFiles = readdirSync(site).filter((file) => /^(astro\.config\.[cm]?[jt]s|package(-lock)?\.json|pnpm-lock\.yaml|yarn\.lock|bun\.lockb?)$/.test(file)).sort();
  hashFiles(hash.update('\nsite/'), site, siteFiles);
  if (path.resolve(site) !== path.resolve(engine)) hashFiles(hash.update('\nsite src/'), path.join(site, 'src'), filesUnder(path.join(site, 'src')));
  return hash.digest('hex');
}

/** The names of the built site's bundled files (`_astro/`), which every page links to. */
export function assetsKey(outDir: string): string {
  return createHash('sha256').update(filesUnder(path.join(outDir, '_astro')).join('\n')).digest('hex');
}

/** The cache folder's index (`Index`). */
const INDEX = 'index.json';

/** Each kept page's file, with the fingerprint of the bytes it was kept with and its built file, relative to the output folder. */
type Index = Record<string, [fingerprint: string, built: string]>;

/** The cache folder's index; empty without one (a first build, one stopped before it wrote it) or with one of another shape. */
function readIndex(folder: string): Index {
  try {
    const index = JSON.parse(readFileSync(path.join(folder, INDEX), 'utf8')) as unknown;
    const entries = Object.entries(index as Record<string, unknown>);
    return entries.every(([, value]) => Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string') && isBuiltPage(value[1] as string)) ? (index as Index) : {};
  } catch {
    return {};
  }
}

/** Whether `built` names a page inside the output folder: a relative path that never climbs out of it. */
function isBuiltPage(built: string): boolean {
  return (built === 'index.html' || built.endsWith('/index.html')) && !path.isAbsolute(built) && !built.split('/').includes('..');
}

/** Whether two paths name the same file (one is a hard link of the other). */
function sameFile(a: string, b: string): boolean {
  const first = statSync(a, { throwIfNoEntry: false });
  const second = first && statSync(b, { throwIfNoEntry: false });
  return second !== undefined && first!.ino === second.ino && first!.dev === second.dev;
}

/**
 * Empties the output folder, as Astro does at the start of a build, except
 * for each built page that is still the very file the cache in `folder` kept
 * (a hard link to it) and its folders; `.git`, which Astro also leaves; and
 * the search index's folder, which the search index step makes hold exactly
 * this build's index, writing only the files that changed
 * (src/lib/build/index-files.ts). Answers with the pages left: built file
 * (relative to `outDir`) → cache file. Without a cache folder it empties the
 * output folder as Astro does, but for the search index's folder.
 */
export function emptyOutDirKeepingPages(output: string, folder?: string): Map<string, string> {
  const outDir = path.resolve(output);
  const inPlace = new Map<string, string>();
  if (folder) for (const [file, [, built]] of Object.entries(readIndex(folder))) if (sameFile(path.join(outDir, built), path.join(folder, file))) inPlace.set(built, file);
  const keep = new Set([...inPlace.keys()].map((built) => path.join(outDir, built)));
  const holding = new Set([...keep].flatMap((file) => ancestorsWithin(outDir, file)));
  const empty = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (dir === outDir && (entry.name === '.git' || (entry.name === SEARCH_INDEX_FOLDER && entry.isDirectory()))) continue;
      if (holding.has(full)) empty(full);
      else if (!keep.has(full)) rmSync(full, { recursive: true, force: true });
    }
  };
  if (existsSync(outDir)) empty(outDir);
  return inPlace;
}

/** The folders between `outDir` and `file`, not `outDir` itself. */
function ancestorsWithin(outDir: string, file: string): string[] {
  const folders: string[] = [];
  for (let dir = path.dirname(file); dir !== outDir && dir.startsWith(outDir); dir = path.dirname(dir)) folders.push(dir);
  return folders;
}

/** Removes `file`, then each folder above it left empty, up to `outDir`. */
function removeWithEmptyFolders(outDir: string, file: string): void {
  rmSync(file, { force: true });
  for (const dir of ancestorsWithin(outDir, file)) {
    try {
      rmdirSync(dir);
    } catch {
      return;
    }
  }
}

/** A page a build may take from the cache: its id (route and path), its cache key, and the file the build writes it to. */
export interface KeyedPage {
  page: string;
  cacheKey: string;
  built: string;
}

export class PageCache {
  readonly #folder: string;
  readonly #key: string;
  readonly #outDir: string;
  /** The last build's pages. */
  readonly #previous: Index;
  /** This build's pages (taken or rendered), for the next. */
  readonly #next: Index = {};
  /** Built pages still the files the cache kept, as the build started: built file (relative) → cache file. */
  readonly #inPlace: Map<string, string>;
  /** Rendered pages to keep once the build has written them: cache file and built file. */
  readonly #rendered: { file: string; built: string }[] = [];
  /** Pages taken from the cache and not in place, to place in the built site: cache file and built file. */
  readonly #taken: { file: string; built: string }[] = [];
  /** Pages taken from the cache, and pages written to it, in this build. */
  taken = 0;
  written = 0;

  /**
   * `key` holds everything every page's bytes depend on besides its own cache
   * key: the code and the bundled files. `inPlace`: the built pages left in
   * the output folder as the build started (`emptyOutDirKeepingPages`).
   */
  constructor(folder: string, key: string, outDir: string, inPlace: ReadonlyMap<string, string> = new Map()) {
    this.#folder = folder;
    this.#key = key;
    this.#outDir = path.resolve(outDir);
    this.#inPlace = new Map(inPlace);
    mkdirSync(folder, { recursive: true });
    this.#previous = readIndex(folder);
  }

  #file(page: string, cacheKey: string): string {
    return createHash('sha256').update(`${this.#key}\n${page}\n${cacheKey}`).digest('hex');
  }

  /**
   * Of `pages`, those the last build kept with the same inputs, whose kept
   * files still have the bytes they were kept with: each is taken, not
   * rendered; answers with them. A page taken that is not in place already is
   * put there by `place()`. Every page left in place and not taken is
   * removed now, before Astro writes: it is rendered again, or gone.
   */
  take(pages: readonly KeyedPage[]): Set<string> {
    const taken = new Set<string>();
    for (const { page, cacheKey, built } of pages) {
      const file = this.#file(page, cacheKey);
      const expected = this.#previous[file]?.[0];
      if (expected === undefined) continue;
      const bytes = readIfThere(path.join(this.#folder, file));
      if (!bytes || fingerprint(bytes) !== expected) continue;
      const relative = this.#relative(built);
      this.#next[file] = [expected, relative];
      if (this.#inPlace.get(relative) === file) this.#inPlace.delete(relative);
      else this.#taken.push({ file, built });
      taken.add(page);
      this.taken++;
    }
    for (const built of this.#inPlace.keys()) if (isBuiltPage(built)) removeWithEmptyFolders(this.#outDir, path.join(this.#outDir, built));
    this.#inPlace.clear();
    return taken;
  }

  /**
   * Puts each page taken from the cache that was not in place in the built
   * site, where the build would have written it (a hard link, as the cache
   * holds it; a copy where links cannot be made): once Astro is done, before
   * anything reads the built site.
   */
  place(): void {
    for (const folder of new Set(this.#taken.map(({ built }) => path.dirname(built)))) mkdirSync(folder, { recursive: true });
    for (const { file, built } of this.#taken) {
      const kept = path.join(this.#folder, file);
      rmSync(built, { force: true });
      try {
        linkSync(kept, built);
      } catch {
        copyFileSync(kept, built);
      }
    }
  }

  #relative(built: string): string {
    return path.relative(this.#outDir, built).split(path.sep).join('/');
  }

  /** Keeps a rendered page for the next build: `built` is the file the build writes it to, linked into the cache once the build is done (`finish`). */
  keep(page: string, cacheKey: string, built: string): void {
    this.#rendered.push({ file: this.#file(page, cacheKey), built });
  }

  /**
   * Once the build has written its pages: links each rendered page's built
   * file into the cache (no copy; a copy where links cannot be made), writes
   * the index, and deletes every file this build did not take or keep.
   * `fingerprintOf` gives the fingerprint of a built file's bytes, as the
   * output gate read them after the build; a page without one is not kept.
   */
  async finish(fingerprintOf: (built: string) => string | undefined): Promise<void> {
    const kept = this.#rendered.flatMap(({ file, built }) => {
      const key = fingerprintOf(built);
      return key === undefined ? [] : [{ file, built, key }];
    });
    await Promise.all(
      kept.map(async ({ file, built, key }) => {
        const target = path.join(this.#folder, file);
        await rm(target, { force: true });
        await link(built, target).catch(() => copyFile(built, target));
        this.#next[file] = [key, this.#relative(built)];
      }),
    );
    this.written = kept.length;
    for (const file of readdirSync(this.#folder)) if (file !== INDEX && !(file in this.#next)) rmSync(path.join(this.#folder, file), { force: true, recursive: true });
    await writeAtomic(path.join(this.#folder, INDEX), JSON.stringify(this.#next));
  }
}
