/**
 * Swaps Vite's preload helper for one that only loads the module. Vite wraps
 * every `import()` in the client scripts (Pagefind on first focus in search,
 * the checklist's copy code) in a helper that first preloads the chunk's
 * dependencies; the helper itself is 0.88 kB gzipped, loaded on every page
 * before the reader does anything. Without it each lazily loaded chunk
 * fetches its own imports as it runs: one more round trip, once, for chunks
 * of a few hundred bytes. Every page's script before interaction drops from
 * 1.77 to 0.94 kB gzipped (3.13 to 2.30 kB on a checklist page), which is
 * what makes room for the Menu toggle within the 3 kB budget (issue 23).
 *
 * Only for client scripts that import no CSS (Astro links a page's CSS in
 * its <head>; none of src/client/ imports a stylesheet): the helper also
 * loaded a lazily imported chunk's CSS, and this one does not.
 */
import type { Plugin } from 'vite';

const HELPER = '\0vite/preload-helper.js';

export function noPreloadHelper(): Plugin {
  return {
    name: 'ops-manual:no-preload-helper',
    enforce: 'pre',
    resolveId: (id) => (id === HELPER ? id : undefined),
    load: (id) => (id === HELPER ? 'export const __vitePreload = (load) => load();' : undefined),
  };
}
