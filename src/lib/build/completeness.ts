/**
 * Whether a finished build holds everything it should: every expected page,
 * the link check and the search index. A build that stops early (even with
 * exit code 0) must not be mistaken for a good one.
 */

/** Files that may hold the page at a site address: /x/ → x/index.html (or x.html, as Astro writes 404.html); /feed.xml → feed.xml. */
export function builtFilesFor(address: string): string[] {
  const local = address.replace(/^\//, '');
  if (!address.endsWith('/')) return [local];
  if (local === '') return ['index.html'];
  return [`${local}index.html`, `${local.slice(0, -1)}.html`];
}

/** The other way: the site address of a built HTML file. guidance/x/index.html → /guidance/x/; 404.html → /404.html. */
export function addressOfBuiltFile(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

export interface BuildOutputs {
  /** Site addresses the content and routes say the build writes. */
  expected: readonly string[];
  /** Whether a file exists in the output folder (path relative to it). */
  exists: (file: string) => boolean;
  linksChecked: boolean;
  /** The search index's entry file, relative to the output folder; undefined when it is made later and checked then. */
  searchIndex?: string;
}

const MAX_LISTED = 10;

/** What is missing, said plainly; empty when the build is complete. */
export function incompleteBuild(outputs: BuildOutputs): string[] {
  const problems: string[] = [];
  const missing = outputs.expected.filter((address) => !builtFilesFor(address).some(outputs.exists));
  if (missing.length) {
    const listed = missing.slice(0, MAX_LISTED).join(', ');
    problems.push(`${missing.length} of ${outputs.expected.length} expected pages were not written: ${listed}${missing.length > MAX_LISTED ? ', …' : ''}`);
  }
  if (!outputs.linksChecked) problems.push('the link check did not run');
  if (outputs.searchIndex !== undefined && !outputs.exists(outputs.searchIndex)) problems.push(`the search index was not written (no ${outputs.searchIndex})`);
  return problems;
}
