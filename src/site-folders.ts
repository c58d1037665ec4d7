/**
 * A site's own folders, relative to the folder the build or the command runs
 * in. Tests point them at fixture sites.
 */

/** The content folder. */
export function contentDirectory(): string {
  return process.env.OPS_MANUAL_CONTENT ?? 'content';
}

/** The folder of files published as they are (public/). */
export function publicDirectory(): string {
  return process.env.OPS_MANUAL_PUBLIC ?? 'public';
}

/**
 * What `ops-manual init --with-guidance` copies from the engine's own content
 * (the reference site's), whichever of them it has: guidance, Service Standard
 * pages and checklists, with the teams that own them.
 */
export const GUIDANCE_CONTENT = ['guidance', 'standards', 'checklists'] as const;
