/**
 * The files of one kind, as the content check and the content loaders both
 * list them: the kind's folder under content/ (sorted), then, for kinds that
 * take them, each federated source's files (content/sources.yaml), named as
 * messages name them.
 */
import path from 'node:path';
import { glob } from 'tinyglobby';
import { kinds, type KindName } from './index.ts';
import type { Kind } from './kind.ts';
import type { KindFile } from './read-entry.ts';
import { federatedFiles, siteSources } from '../lib/sources/site.ts';

/**
 * Every file of a kind. `folder` overrides where the local files are (a
 * service repository's manual folder holds its services at its top).
 */
export async function kindFiles(collection: KindName, root: string, contentDir: string, folder?: string): Promise<KindFile[]> {
  const kind = kinds[collection] as Kind;
  const base = path.resolve(root, contentDir, folder ?? kind.folder);
  const local = (await glob(kind.pattern, { cwd: base })).sort().map((relative) => ({
    collection,
    relative,
    absolute: path.join(base, relative),
    file: path.relative(root, path.join(base, relative)).split(path.sep).join('/'),
    federated: false,
  }));
  if (!kind.federated) return local;
  // Sources are fetched once per process (the build's check has fetched them already).
  const { sources } = await siteSources(root, contentDir);
  const remote = federatedFiles(sources, kind.federated).map(({ file, absolute, label }) => ({
    collection,
    relative: path.posix.basename(file.file),
    absolute,
    file: label,
    federated: true,
  }));
  return [...local, ...remote];
}
