/**
 * The content loader of every kind: one Astro loader, built from the registry,
 * that every source feeds (content/<folder>/ and, for kinds that take them, the
 * files of content/sources.yaml's repositories).
 *
 * Each file is read by readEntry() (src/kinds/read-entry.ts), the same code
 * `npm run check` runs outside Astro: in a build the content check has already
 * parsed and validated every file, so the loader stores what it found and
 * parses nothing again. Pages are rendered as Astro's glob() loader renders
 * them (the site's Markdown processor, with the sanitiser first; MDX compiled
 * when a page renders), and an unchanged file (same digest in Astro's data
 * store) is not rendered again. A file that fails the check is left out: the
 * check has stopped the build, and the dev server shows its findings.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { kinds, type KindName } from './index.ts';
import type { Kind } from './kind.ts';
import { forgetEntry, readEntry, type KindFile } from './read-entry.ts';
import { kindFiles } from './files.ts';
import { contentDirectory } from '../site-folders.ts';
import { BODY_FACTS_KEY, bodyFactsOf } from '../lib/content/body-facts.ts';

type Rendered = { html: string; metadata?: Record<string, unknown> & { imagePaths?: string[] } };
type EntryType = {
  getRenderFunction?: (config: LoaderContext['config']) => Promise<(entry: { id: string; data: unknown; body?: string; filePath: string; digest: string }) => Promise<Rendered>>;
  contentModuleTypes?: unknown;
};
/** Astro's store, as its glob() loader uses it: images a page uses are built with it. */
type Store = LoaderContext['store'] & { addAssetImports: (assets: string[], filePath?: string) => void };
/** Astro hands loaders its entry types (by extension), as its own glob() loader uses them; not in the public type. */
type Context = LoaderContext & { entryTypes?: Map<string, EntryType> };

/**
 * A rendered entry as stored: its body's facts kept with the HTML, the body
 * left out, since pages need only the facts and the build bundles the whole
 * data store (src/lib/content/body-facts.ts).
 */
function withoutBody<T extends { body?: string }>(entry: T, rendered: Rendered): T & { rendered: Rendered } {
  return { ...entry, body: undefined, rendered: { ...rendered, metadata: { ...rendered.metadata, [BODY_FACTS_KEY]: bodyFactsOf(entry.body) } } };
}

/** Files prepared at once (glob() renders ten at a time). */
const CONCURRENCY = 10;

export function kindLoader(name: KindName): Loader {
  const kind = kinds[name] as Kind;
  /** The id each file was stored under, so a renamed or deleted file's entry goes. */
  const idOfFile = new Map<string, string>();
  return {
    name: `ops-manual:${name}`,
    load: async (context: Context) => {
      const root = process.cwd();
      const renderers = new Map<EntryType, Awaited<ReturnType<NonNullable<EntryType['getRenderFunction']>>>>();
      const renderer = async (type: EntryType) => renderers.get(type) ?? renderers.set(type, await type.getRenderFunction!(context.config)).get(type)!;

      type Prepared = { file: KindFile; id: string; entry: Parameters<LoaderContext['store']['set']>[0]; unchanged?: boolean };

      /** Reads, checks (once: readEntry) and renders a file; stores nothing, so files can be prepared side by side. */
      async function prepare(file: KindFile): Promise<Prepared | undefined> {
        const text = await readFile(file.absolute, 'utf8').catch(() => undefined);
        if (text === undefined) return undefined; // Gone since it was listed: the check reports what it finds.
        const read = readEntry(file, text);
        if (!('entry' in read)) return undefined;
        const { id, data } = read.entry;
        const filePath = path.relative(root, file.absolute).split(path.sep).join('/');
        const digest = context.generateDigest(text);
        const body = read.raw.body;
        const entry = { id, data, body, filePath, digest };
        const existing = context.store.get(id);
        if (existing && existing.digest === digest && existing.filePath === filePath) return { file, id, entry: existing, unchanged: true };
        const type = context.entryTypes?.get(path.extname(file.absolute));
        if (type?.getRenderFunction) {
          // Markdown: rendered now, with the frontmatter as written (as glob() renders it).
          const render = await renderer(type);
          let rendered: Rendered;
          try {
            rendered = await render({ id, data: read.raw.data, body, filePath: file.absolute, digest });
          } catch (error) {
            // Never a page without its text: the build stops, naming the file.
            throw new Error(`${file.file}:1: could not be rendered: ${(error as Error).message.split('\n')[0]}`);
          }
          return { file, id, entry: { ...withoutBody(entry, rendered), assetImports: rendered.metadata?.imagePaths } };
        }
        // MDX: compiled when its page renders.
        if (type && 'contentModuleTypes' in type) return { file, id, entry: { ...entry, deferredRender: true } };
        if (!type && body !== undefined) return { file, id, entry: withoutBody(entry, await context.renderMarkdown(body, { fileURL: pathToFileURL(file.absolute) })) };
        return { file, id, entry };
      }

      /** Stores a prepared file, in the order the files are listed (the data store's order is the same on every build). */
      function commit({ file, id, entry, unchanged }: Prepared): string {
        const previous = idOfFile.get(file.absolute);
        if (previous !== undefined && previous !== id) context.store.delete(previous);
        idOfFile.set(file.absolute, id);
        if (!unchanged) context.store.set(entry);
        else {
          // Unchanged since the last build (same digest in Astro's data store): kept as it is, as glob() keeps it.
          if (entry.deferredRender) context.store.addModuleImport(entry.filePath!);
          if (entry.assetImports?.length) (context.store as Store).addAssetImports(entry.assetImports, entry.filePath);
        }
        return id;
      }

      // Federated files are plain Markdown only (the check says so of any other).
      const files = (await kindFiles(name, root, contentDirectory())).filter((file) => !file.federated || file.relative.endsWith('.md'));
      // Rendered a few at a time, as glob() renders them: the Markdown processor's native work overlaps.
      const prepared: (Prepared | undefined)[] = new Array(files.length);
      let next = 0;
      const worker = async () => {
        while (next < files.length) {
          const index = next++;
          prepared[index] = await prepare(files[index]!);
        }
      };
      await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
      const seen = new Set(prepared.flatMap((item) => (item ? [commit(item)] : [])));
      for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);

      // The dev server: a changed, added or deleted file in the kind's folder updates its entry.
      const watcher = context.watcher;
      if (!watcher) return;
      const folder = path.resolve(root, contentDirectory(), kind.folder);
      watcher.add(folder);
      const fileAt = async (changed: string) => (await kindFiles(name, root, contentDirectory())).find((file) => file.absolute === changed);
      const onChange = async (changed: string) => {
        if (!changed.startsWith(folder + path.sep)) return;
        const file = await fileAt(changed);
        if (!file) return;
        try {
          const item = await prepare(file);
          if (item) commit(item);
        } catch (error) {
          context.logger.error(`Could not reload ${file.file}: ${(error as Error).message.split('\n')[0]}`);
        }
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (deleted: string) => {
        const id = idOfFile.get(deleted);
        if (id === undefined) return;
        context.store.delete(id);
        idOfFile.delete(deleted);
        forgetEntry(deleted);
      });
    },
  };
}
