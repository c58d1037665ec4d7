/**
 * Builds the site with one extra page injected from a test fixture, the way a
 * component or layout change would add markup that content cannot:
 *
 *   node tests/support/build-with-page.ts <page.astro> <route such as /sneaky>
 *
 * Content, output and cache folders come from the environment, as for
 * buildSite() in site.ts. Used by the output gate and link check build tests.
 */
import path from 'node:path';
import { build } from 'astro';

const [entrypoint, pattern] = process.argv.slice(2);
if (!entrypoint || !pattern) throw new Error('usage: node tests/support/build-with-page.ts <page.astro> <route>');

await build({
  logLevel: 'info',
  integrations: [
    {
      name: 'test:inject-page',
      hooks: {
        'astro:config:setup': ({ injectRoute }) => {
          injectRoute({ pattern, entrypoint: path.resolve(entrypoint), prerender: true });
        },
      },
    },
  ],
});
