/**
 * What the dev server watches: the site's inputs only. Vite watches the whole
 * project folder, so a site with a built dist/ of 3,000 pages (or a repository
 * with test and benchmark output) had every one of those files listed and
 * stat-ed before the server was ready: 1.5 s of a 5 s start on the engine's
 * own repository. Watched: the content folder, public/, src/ and the files at
 * the top of the site (astro.config.mjs, package.json, .env); every other
 * folder is not, unless an input lies inside it.
 */
import { statSync } from 'node:fs';
import path from 'node:path';

/** `inner` is `outer` or inside it. */
function within(inner: string, outer: string): boolean {
  return inner === outer || inner.startsWith(`${outer}${path.sep}`);
}

/** For Vite's `server.watch.ignored`: true for a path under `root` that is no input and leads to none. */
export function ignoredUnlessInput(root: string, inputs: readonly string[]): (file: string) => boolean {
  const top = path.resolve(root);
  const folders = inputs.map((folder) => path.resolve(top, folder));
  return (file) => {
    const absolute = path.resolve(top, file);
    if (!within(absolute, top) || absolute === top) return false;
    // An input, inside one, or a folder on the way to one.
    if (folders.some((folder) => within(absolute, folder) || within(folder, absolute))) return false;
    // The site's own top-level files; a top-level folder that is no input is not watched.
    if (path.dirname(absolute) === top) return statSync(absolute, { throwIfNoEntry: false })?.isDirectory() ?? false;
    return true;
  };
}
