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

type Rendered = { html: string; metadata?: Record<string, unknown> & { imagePaths?: string[] } };
type EntryType = {
  getRenderFunction?: (config: LoaderContext['config']) => Promise<(entry: { id: string; data: unknown; body?: string; filePath: string; digest: string }) => Promise<Rendered>>;
  contentModuleTypes?: unknown;
};
/** Astro's store, as its glob() loader uses it: images a page uses are built with it. */
type Store = LoaderContext['store'] & { addAssetImports: (assets: string[], filePath?: string) => void };
/** Astro hands loaders its entry types (by extension), as its own glob() loader uses them; not in the public type. */
type Context = LoaderContext & { entryTypes?: Map<string, EntryType> };

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

      async function sync(file: KindFile): Promise<string | undefined> {
        const text = await readFile(file.absolute, 'utf8').catch(() => undefined);
        if (text === undefined) return undefined; // Gone since it was listed: the check reports what it finds.
        const read = readEntry(file, text);
        if (!('entry' in read)) return undefined;
        const { id, data } = read.entry;
        const previous = idOfFile.get(file.absolute);
        if (previous !== undefined && previous !== id) context.store.delete(previous);
        idOfFile.set(file.absolute, id);
        const filePath = path.relative(root, file.absolute).split(path.sep).join('/');
        const digest = context.generateDigest(text);
        const existing = context.store.get(id);
        if (existing && existing.digest === digest && existing.filePath === filePath) {
          if (existing.deferredRender) context.store.addModuleImport(existing.filePath);
          if (existing.assetImports?.length) (context.store as Store).addAssetImports(existing.assetImports, existing.filePath);
          return id;
        }
        const type = context.entryTypes?.get(path.extname(file.absolute));
        const body = read.raw.body;
        const entry = { id, data, body, filePath, digest };
        if (type?.getRenderFunction) {
          // Markdown: rendered now, with the frontmatter as written (as glob() renders it).
          const render = await renderer(type);
          const rendered = await render({ id, data: read.raw.data, body, filePath: file.absolute, digest });
          context.store.set({ ...entry, rendered, assetImports: rendered.metadata?.imagePaths });
        } else if (type && 'contentModuleTypes' in type) {
          // MDX: compiled when its page renders.
          context.store.set({ ...entry, deferredRender: true });
        } else if (!type && body !== undefined) {
          context.store.set({ ...entry, rendered: await context.renderMarkdown(body, { fileURL: pathToFileURL(file.absolute) }) });
        } else context.store.set(entry);
        return id;
      }

      const files = await kindFiles(name, root, contentDirectory());
      const seen = new Set<string>();
      for (const file of files) {
        // Federated files are plain Markdown only (the check says so of any other).
        if (file.federated && !file.relative.endsWith('.md')) continue;
        const id = await sync(file);
        if (id !== undefined) seen.add(id);
      }
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
          await sync(file);
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
