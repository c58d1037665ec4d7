/**
 * A content file's name is its id, and its id is part of a page address, so
 * names follow the id rules: lower-case letters, digits and hyphens, in each
 * folder too. Any other name (a capital, a space, `#`, `?`, `%`) would give a
 * page that cannot be reached, or no page at all.
 */

const ID_SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EXTENSION = /\.[^./]+$/;

/** The nearest name that follows the rules: `Incident Response#2` → `incident-response-2`. */
export function suggestedId(segment: string): string {
  return segment
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'page';
}

/** What is wrong with a file's path inside its collection folder, or undefined when it is a good id. */
export function fileNameProblem(relativePath: string): string | undefined {
  const extension = (EXTENSION.exec(relativePath)?.[0] ?? '').toLowerCase();
  const segments = relativePath.slice(0, relativePath.length - extension.length).split(/[\\/]/);
  if (segments.every((segment) => ID_SEGMENT.test(segment))) return undefined;
  const fixed = segments.map((segment) => (ID_SEGMENT.test(segment) ? segment : suggestedId(segment)));
  const inBadFolder = segments.slice(0, -1).some((segment) => !ID_SEGMENT.test(segment));
  const what = inBadFolder ? 'is in a folder whose name cannot be part of a page address' : 'has a file name that cannot be a page address';
  return `${what}: use lower-case letters, digits and hyphens only, such as ${inBadFolder ? fixed.join('/') : fixed.at(-1)}${extension}`;
}
