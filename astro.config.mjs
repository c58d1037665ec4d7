// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { settings } from './src/settings.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { baseLinks } from './src/lib/base-links.ts';
import { externalLinks } from './src/lib/external-links.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { onBundlerWarning } from './src/lib/build-log/known-warnings.ts';

export default defineConfig({
  site: settings.siteUrl,
  base: settings.base,
  trailingSlash: 'always',
  // Tests build fixture sites side by side, each with its own output and content cache.
  outDir: process.env.OPS_MANUAL_OUT_DIR ?? './dist',
  cacheDir: process.env.OPS_MANUAL_CACHE_DIR ?? './node_modules/.astro',
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
    processor: satteri({ features: { gfm: true }, hastPlugins: [baseLinks(settings.base), externalLinks(settings.siteUrl)] }),
    syntaxHighlight: false,
  },
  vite: {
    // Scripts ship as files, never inline, so the Content-Security-Policy needs no 'unsafe-inline'.
    build: {
      assetsInlineLimit: 0,
      cssMinify: 'esbuild', // lightningcss rejects an IE11 hack in govuk-frontend
      // Drops only bundler warnings nobody can act on (see the file); every other warning still shows.
      rolldownOptions: { onwarn: onBundlerWarning },
    },
    css: { preprocessorOptions: { scss: { loadPaths: ['node_modules', 'src/styles'], quietDeps: true } } },
  },
  integrations: [contentCheck(), mdx(), linkCheck(), pagefind(), sitemap()],
});
