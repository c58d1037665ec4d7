/**
 * A full garbage collection at two points of a build where the heap holds
 * hundreds of megabytes nothing refers to any more, just before a step that
 * adds its own: at the build's start, after the content sync, and before the
 * first page renders, after bundling. V8 would collect them later anyway; by
 * then the process's peak memory includes them. At 3,000 guidance pages the
 * heap held 701 MB before the first page, 181 MB after a collection, and the
 * build's peak (its process tree) fell from about 1,750 to 1,460-1,510 MiB
 * (docs/performance.md).
 *
 * `gc()` exists only with Node's `--expose-gc`, which `ops-manual build`
 * (src/cli/build.ts) gives the build's process; elsewhere (a plain
 * `astro build`, the tests) this does nothing.
 */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
