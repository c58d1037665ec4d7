/**
 * Builds the example site once for every browser test file: at the root and
 * under /ops-manual/ (Vitest isolates test files, so a build made inside one
 * cannot be shared with the next). Files read the output folders with
 * exampleSite(); none of them writes into it.
 */
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../support/site.ts';

export const EXAMPLE_BASES = ['/', '/ops-manual/'] as const;
export type ExampleBase = (typeof EXAMPLE_BASES)[number];

declare module 'vitest' {
  export interface ProvidedContext {
    exampleSites: Record<ExampleBase, string>;
  }
}

export default function setup(project: TestProject): void {
  const sites = {} as Record<ExampleBase, string>;
  for (const base of EXAMPLE_BASES) {
    const result = buildSite({ name: base === '/' ? 'e2e-example-root' : 'e2e-example-subpath', base });
    if (result.status !== 0) throw new Error(`The example site did not build under ${base}:\n${result.output}`);
    sites[base] = result.outDir;
  }
  project.provide('exampleSites', sites);
}
