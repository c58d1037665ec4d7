/**
 * Computes derived site data once per build instead of once per page (which
 * grows with the square of the page count). In `astro dev` content changes
 * under a running server, so there it is recomputed on every call.
 */
export function memoise<T>(compute: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => {
    if (import.meta.env.DEV) return compute();
    cached ??= compute();
    return cached;
  };
}
