/**
 * ops-manual as an Astro integration: a site's whole astro.config.mjs is
 *
 *   import { defineConfig } from 'astro/config';
 *   import { opsManual } from 'ops-manual';
 *   export default defineConfig({ integrations: [opsManual()] });
 *
 * It brings every page (injected from src/routes/, listed in src/routes.ts),
 * the Markdown pipeline with its sanitiser, and the build's gates: the content
 * check, the output gate, the link check, search, the sitemap and the
 * completeness check. The site's name, brand and navigation are its settings,
 * in content/settings.yaml (src/settings.ts).
 */
import type { AstroIntegration } from 'astro';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { settings } from './settings.ts';
import { ROUTES } from './routes.ts';
import { useAstroRoutes } from './check/route-table.ts';
import { pagefind } from './integrations/search-index.ts';
import { contentCheck } from './integrations/content-check.ts';
import { linkCheck } from './integrations/link-check.ts';
import { outputGate } from './integrations/output-gate.ts';
import { contentAssets } from './integrations/content-assets.ts';
import { sitemap } from './integrations/sitemap.ts';
import { buildComplete } from './integrations/build-complete.ts';
import { baseLinks } from './lib/markdown/base-links.ts';
import { externalLinks } from './lib/markdown/external-links.ts';
import { callouts } from './lib/markdown/callouts.ts';
import { mermaidDiagrams } from './lib/diagrams/plugin.ts';
import { sanitiseContent } from './lib/safety/sanitise/plugin.ts';
import { onBundlerWarning } from './lib/build/known-warnings.ts';
import { noPreloadHelper } from './lib/build/no-preload-helper.ts';
import { styleImporter } from './lib/build/style-importer.ts';
import { ignoredUnlessInput } from './integrations/dev-watch.ts';
import { contentDirectory, publicDirectory } from './site-folders.ts';
import { publishCollections } from './kinds/collections.ts';

const ENGINE = path.resolve(import.meta.dirname, '..');
// Page code is bundled before it runs, in this process, and cannot find the engine itself (src/engine-root.ts).
process.env.OPS_MANUAL_ENGINE ??= ENGINE;

/** The folder that holds govuk-frontend, wherever the site's package manager put it. */
function packagesFolder(name: string): string {
  const manifest = createRequire(path.join(ENGINE, 'package.json')).resolve(`${name}/package.json`);
  return path.dirname(path.dirname(manifest));
}

/** A folder Astro's config takes, from an environment variable when it is set. */
function folderFromEnvironment<K extends 'outDir' | 'cacheDir' | 'publicDir'>(key: K, name: string): { [key in K]?: URL } {
  const value = process.env[name];
  return value ? ({ [key]: pathToFileURL(`${path.resolve(value)}/`) } as { [key in K]: URL }) : {};
}

export function opsManual(): AstroIntegration {
  return {
    name: 'ops-manual',
    hooks: {
      'astro:config:setup': ({ updateConfig, injectRoute }) => {
        // The site's content config takes its collections from here (src/kinds/collections.ts).
        publishCollections();
        for (const route of ROUTES) {
          injectRoute({ pattern: route.pattern, entrypoint: path.join(ENGINE, 'src/routes', route.entrypoint) });
        }
        updateConfig({
          site: settings.siteUrl,
          base: settings.base,
          trailingSlash: 'always',
          // Tests build fixture sites side by side, each with its own output and content cache.
          ...folderFromEnvironment('outDir', 'OPS_MANUAL_OUT_DIR'),
          ...folderFromEnvironment('cacheDir', 'OPS_MANUAL_CACHE_DIR'),
          // Imported sites bring their images; tests build them with their own copy of public/.
          ...folderFromEnvironment('publicDir', 'OPS_MANUAL_PUBLIC'),
          build: { format: 'directory', inlineStylesheets: 'never' },
          // Static HTML only: no client router, no prefetch script on every page.
          prefetch: false,
          devToolbar: { enabled: false },
          // Lets the Astro editor extension complete and check frontmatter from the collection schemas.
          experimental: { contentIntellisense: true },
          markdown: {
            // Astro's native Markdown pipeline, GitHub-flavoured. The processor is fixed: the sanitiser,
            // diagrams, callouts and sub-path links are part of it (docs/content-safety.md).
            // sanitiseContent runs first: every Markdown and MDX tree is rebuilt from the allowlist in
            // src/lib/safety/sanitise/allowlist.ts, so the other plugins see only safe markup.
            // callouts turns blockquotes and GitHub alerts (> [!WARNING]) into GOV.UK inset and warning text.
            // mermaidDiagrams draws ```mermaid blocks as inline SVG at build time, after the sanitiser.
            // baseLinks puts the base path in front of root-relative links, so content works under any sub-path.
            // externalLinks adds rel="noopener noreferrer" to links that leave the site.
            processor: satteri({
              features: { gfm: true },
              hastPlugins: [sanitiseContent(), mermaidDiagrams(), callouts(), baseLinks(settings.base), externalLinks(settings.siteUrl)],
            }),
            syntaxHighlight: false,
          },
          vite: {
            // Lazily loaded scripts load without Vite's 0.9 kB preload helper on every page (see the file).
            plugins: [noPreloadHelper()],
            // Scripts ship as files, never inline, so the Content-Security-Policy needs no 'unsafe-inline'.
            build: {
              assetsInlineLimit: 0,
              cssMinify: 'esbuild', // lightningcss rejects an IE11 hack in govuk-frontend
              // Drops only bundler warnings nobody can act on (see the file); every other warning still shows.
              rolldownOptions: { onwarn: onBundlerWarning },
            },
            // Sass reads GOV.UK Frontend and the engine's partials itself, not through Vite's importer (see the file).
            css: { preprocessorOptions: { scss: { importers: [styleImporter(packagesFolder('govuk-frontend'), path.join(ENGINE, 'src/styles'))], loadPaths: [packagesFolder('govuk-frontend'), path.join(ENGINE, 'src/styles')], quietDeps: true } } },
            // The engine is TypeScript and Astro components: the site's bundler compiles it, wherever it is installed.
            ssr: { noExternal: ['ops-manual'] },
            // The dev server watches the site's inputs, not its built dist/ or other folders (see the file).
            server: { watch: { ignored: ignoredUnlessInput(process.cwd(), [contentDirectory(), publicDirectory(), 'src']) } },
            // The dev server's page modules are compiled side by side, as Vite does for the browser, instead of one
            // after another as the code asks for them (the first page about 1.7 s sooner). The content config needs
            // nothing like it: it compiles no engine code (src/kinds/collections.ts).
            environments: { ssr: { dev: { preTransformRequests: true } } },
          },
          // The output gate reads every built page before the link check and the search index (docs/content-safety.md).
          // buildComplete runs last: it fails a build that lacks a page, the link check or the search index.
          integrations: [contentCheck(), contentAssets(), mdx(), outputGate(), linkCheck(), pagefind(), sitemap(), buildComplete()],
        });
      },
      // Astro's own routes, as it resolved them: the content check's links and the build's expected pages use them.
      'astro:routes:resolved': ({ routes }) => useAstroRoutes(routes),
    },
  };
}

export default opsManual;
