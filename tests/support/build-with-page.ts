/**
 * Builds the site with one extra page injected from a test fixture, the way a
 * component or layout change would add markup that content cannot:
 *
 *   node tests/support/build-with-page.ts <page.astro> <route such as /sneaky> [--tamper]
 *
 * With --tamper, once every page is written (`astro:build:generated`, before
 * the checks of `astro:build:done`), the page's built file is given an event
 * handler, as something that rewrote the built site would.
 *
 * Content, output and cache folders come from the environment, as for
 * buildSite() in site.ts. Used by the output gate and link check build tests.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';

const [entrypoint, pattern, tamper] = process.argv.slice(2);
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
        'astro:build:generated': ({ dir }) => {
          if (tamper !== '--tamper') return;
          const file = path.join(fileURLToPath(dir), pattern, 'index.html');
          writeFileSync(file, readFileSync(file, 'utf8').replace('</body>', '<img src="/favicon.svg" alt="" onerror="alert(1)"></body>'));
        },
      },
    },
  ],
});
// As the Astro command does once its build is done: the Sass compiler's process would otherwise keep this one alive.
process.exit(0);
