/** The example site's build for a browser test file: made once per run by global-setup.ts. */
import { inject } from 'vitest';
import type { ExampleBase } from './global-setup.ts';

/** The output folder of the example site built under `base`. */
export function exampleSite(base: ExampleBase): string {
  return inject('exampleSites')[base];
}
