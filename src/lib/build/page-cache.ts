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
 * then.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { copyFile, link, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { fingerprint } from '../safety/output-gate/as-rendered.ts';

/** Every file under `folder`, sorted, relative to it (none if it is missing). */
function filesUnder(folder: string): string[] {
  return globSync('**/*', { cwd: folder, dot: true, onlyFiles: true }).sort();
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

/** The cache folder's index: each kept page's file, with the fingerprint of the bytes it was kept with. */
const INDEX = 'index.json';

export class PageCache {
  readonly #folder: string;
  readonly #key: string;
  /** The last build's pages: file name → fingerprint of its bytes. */
  readonly #previous: Record<string, string>;
  /** This build's pages (taken or rendered), for the next. */
  readonly #next: Record<string, string> = {};
  /** Rendered pages to keep once the build has written them: cache file and built file. */
  readonly #rendered: { file: string; built: string }[] = [];
  /** Pages taken from the cache, and pages written to it, in this build. */
  taken = 0;
  written = 0;

  /** `key` holds everything every page's bytes depend on besides its own cache key: the code and the bundled files. */
  constructor(folder: string, key: string) {
    this.#folder = folder;
    this.#key = key;
    mkdirSync(folder, { recursive: true });
    let previous: Record<string, string> = {};
    try {
      previous = JSON.parse(readFileSync(path.join(folder, INDEX), 'utf8')) as Record<string, string>;
    } catch {
      // No index (a first build, or one stopped before it wrote it): nothing is taken.
    }
    this.#previous = previous;
  }

  #file(page: string, cacheKey: string): string {
    return createHash('sha256').update(`${this.#key}\n${page}\n${cacheKey}`).digest('hex');
  }

  /** The page's bytes from the last build, if its inputs are unchanged and the kept file still has the bytes it was kept with. */
  take(page: string, cacheKey: string): Buffer<ArrayBuffer> | undefined {
    const file = this.#file(page, cacheKey);
    const expected = this.#previous[file];
    if (expected === undefined) return undefined;
    let bytes: Buffer<ArrayBuffer>;
    try {
      bytes = readFileSync(path.join(this.#folder, file));
    } catch {
      return undefined;
    }
    if (fingerprint(bytes) !== expected) return undefined;
    this.#next[file] = expected;
    this.taken++;
    return bytes;
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
        this.#next[file] = key;
      }),
    );
    this.written = kept.length;
    for (const file of readdirSync(this.#folder)) if (file !== INDEX && !(file in this.#next)) rmSync(path.join(this.#folder, file), { force: true, recursive: true });
    // Written under another name, then renamed: a build stopped halfway never leaves half an index.
    await writeFile(path.join(this.#folder, `${INDEX}.part`), JSON.stringify(this.#next));
    await rename(path.join(this.#folder, `${INDEX}.part`), path.join(this.#folder, INDEX));
  }
}
