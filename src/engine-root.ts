/**
 * The engine's own folder (this package), for the few files it reads at build
 * time, such as the service manual template. Page code is bundled before it
 * runs, so it cannot find the engine from its own address: the integration
 * and the CLI set OPS_MANUAL_ENGINE before anything else runs.
 */
import path from 'node:path';

export function engineFile(relative: string): string {
  return path.join(process.env.OPS_MANUAL_ENGINE ?? process.cwd(), relative);
}
