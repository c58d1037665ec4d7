// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { settings } from './src/settings.ts';
import { pagefind } from './src/integrations/search-index.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { outputGate } from './src/integrations/output-gate.ts';
import { contentAssets } from './src/integrations/content-assets.ts';
import { baseLinks } from './src/lib/markdown/base-links.ts';
import { externalLinks } from './src/lib/markdown/external-links.ts';
import { callouts } from './src/lib/markdown/callouts.ts';
import { mermaidDiagrams } from './src/lib/diagrams/plugin.ts';
import { sanitiseContent } from './src/lib/safety/sanitise/plugin.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { buildComplete } from './src/integrations/build-complete.ts';
import { onBundlerWarning } from './src/lib/build/known-warnings.ts';
import { noPreloadHelper } from './src/lib/build/no-preload-helper.ts';

export default defineConfig({
  site: settings.siteUrl,
  base: settings.base,
  trailingSlash: 'always',
  // Tests build fixture sites side by side, each with its own output and content cache.
  outDir: process.env.OPS_MANUAL_OUT_DIR ?? './dist',
  cacheDir: process.env.OPS_MANUAL_CACHE_DIR ?? './node_modules/.astro',
  // Imported sites bring their images; tests build them with their own copy of public/.
  publicDir: process.env.OPS_MANUAL_PUBLIC ?? './public',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Static HTML only: no client router, no prefetch script on every page.
  prefetch: false,
  devToolbar: { enabled: false },
  // Lets the Astro editor extension complete and check frontmatter from the collection schemas (see CONTRIBUTING.md).
  experimental: { contentIntellisense: true },
  markdown: {
    // Astro 7's native Markdown pipeline: GitHub-flavoured Markdown is built in.
    // See README "Markdown processor" for why, and how to switch to unified().
    // baseLinks puts the base path in front of root-relative links, so content works under any sub-path.
    // externalLinks adds rel="noopener noreferrer" to links that leave the site.
    // sanitiseContent runs first: every Markdown and MDX tree is rebuilt from the allowlist in
    // src/lib/safety/sanitise/allowlist.ts (see README "Content safety"), so the other plugins see only safe markup.
    // callouts turns blockquotes and GitHub alerts (> [!WARNING]) into GOV.UK inset and warning text, in .md and .mdx alike.
    // mermaidDiagrams draws ```mermaid blocks as inline SVG at build time, after the sanitiser (README "Diagrams").
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
    css: { preprocessorOptions: { scss: { loadPaths: ['node_modules', 'src/styles'], quietDeps: true } } },
  },
  // outputGate reads every built page before the link check and the search index (README "Content safety").
  // buildComplete runs last: it fails a build that lacks a page, the link check or the search index.
  integrations: [contentCheck(), contentAssets(), mdx(), outputGate(), linkCheck(), pagefind(), sitemap(), buildComplete()],
});
