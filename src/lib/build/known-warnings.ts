/**
 * Bundler warnings that nobody can act on, left out of the build log so a
 * warning there always means something to fix. Each entry is matched on its
 * code and its exact wording, never on a file name, so a new or different
 * warning about the same file still shows.
 */
export interface BundlerWarning {
  code?: string;
  message: string;
}

const HARMLESS: { code: string; pattern: RegExp; why: string }[] = [
  {
    // Astro wraps every MDX entry (each .mdx page) in a module that starts with this
    // marker. Astro reads it itself before bundling; Rolldown then notes that it does not keep
    // directives. One block per MDX file, naming the author's file, about code they never wrote.
    code: 'MODULE_LEVEL_DIRECTIVE',
    pattern: /module level directive "use astro:head-inject" in "[^"]+\?astroPropagatedAssets"/,
    why: "Astro's own marker in its MDX wrapper",
  },
];

export function isHarmlessWarning(warning: BundlerWarning): boolean {
  return HARMLESS.some((known) => warning.code === known.code && known.pattern.test(warning.message));
}

/** For `vite.build.rolldownOptions.onwarn`: passes every other warning to the default handler. */
export function onBundlerWarning(warning: BundlerWarning, show: (warning: BundlerWarning) => void): void {
  if (!isHarmlessWarning(warning)) show(warning);
}
