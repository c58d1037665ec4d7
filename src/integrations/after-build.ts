import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';

/**
 * An integration that runs one step on the built site, in the order the
 * integrations are listed in astro.config.mjs: the output gate, the link
 * check, the search index, the sitemap. `outDir` is the built site's folder.
 */
export function afterBuild(name: string, step: (outDir: string, logger: AstroIntegrationLogger) => Promise<void>): AstroIntegration {
  return {
    name,
    hooks: {
      'astro:build:done': async ({ dir, logger }) => step(fileURLToPath(dir), logger),
    },
  };
}
