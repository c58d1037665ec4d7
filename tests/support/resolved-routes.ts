/**
 * Prints the routes Astro resolves for the site (its astro:routes:resolved
 * hook, as `astro sync` runs it), as JSON with each pattern's expression:
 *
 *   node tests/support/resolved-routes.ts <output.json>
 *
 * Content and cache folders come from the environment, as for buildSite().
 */
import { writeFileSync } from 'node:fs';
import { sync } from 'astro';

const [output] = process.argv.slice(2);
if (!output) throw new Error('usage: node tests/support/resolved-routes.ts <output.json>');

await sync({
  logLevel: 'error',
  integrations: [
    {
      name: 'test:resolved-routes',
      hooks: {
        'astro:routes:resolved': ({ routes }) => {
          const plain = routes.map(({ pattern, patternRegex, entrypoint, origin, type, pathname }) => ({ pattern, regex: patternRegex.source, entrypoint, origin, type, pathname }));
          writeFileSync(output, JSON.stringify(plain, null, 1));
        },
      },
    },
  ],
});
