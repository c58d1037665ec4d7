/**
 * Where Sass finds the stylesheets the engine's styles load by name: GOV.UK
 * Frontend's (`govuk-frontend/…`) in its package, and the engine's own
 * (`govuk`, `diagrams`, `before-script`) in src/styles/.
 *
 * Vite compiles each style with an importer of its own, in JavaScript, which
 * Sass asks first for every file a stylesheet loads by name and then for every
 * file those files load: GOV.UK Frontend's base is about a hundred files, and
 * every component's scoped styles load it. Found here as file addresses
 * instead, those files are read by Sass's compiler itself. The CSS is the same.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Sass's file importer (its JavaScript API's `FileImporter`): an address on disk for a name, or null to let the next importer try. */
export interface StyleImporter {
  findFileUrl(url: string): URL | null;
}

/** `packages`: the folder govuk-frontend is installed in; `styles`: the engine's src/styles/. */
export function styleImporter(packages: string, styles: string): StyleImporter {
  return {
    findFileUrl(url) {
      if (url.startsWith('govuk-frontend/')) return pathToFileURL(path.join(packages, url));
      // A name without a folder: one of the engine's partials (`_name.scss`), if there is one.
      if (/^[\w-]+$/.test(url) && existsSync(path.join(styles, `_${url}.scss`))) return pathToFileURL(path.join(styles, url));
      return null;
    },
  };
}
