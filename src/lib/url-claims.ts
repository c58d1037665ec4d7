/**
 * Every address the site publishes is claimed once: by a page, or by a
 * redirect from a page's `oldPaths`. Two claims on one address would make
 * one page overwrite the other, so each clash is reported on the later file.
 */
import type { Finding } from './findings.ts';
import type { CheckedEntry } from './references.ts';

export interface UrlClaim {
  file: string;
  line: number;
  field?: string;
  /** Site path without the base, such as /guidance/operations/. */
  url: string;
  kind: 'page' | 'redirect';
  /** For a redirect: where it goes. */
  target?: string;
}

/** An entry's own address and the redirects its `oldPaths` ask for. */
export function claimsOf(entry: CheckedEntry, pagePath: string): UrlClaim[] {
  const oldPaths = Array.isArray(entry.data.oldPaths) ? (entry.data.oldPaths as string[]) : [];
  return [
    { file: entry.file, line: 1, url: pagePath, kind: 'page' },
    ...oldPaths.map((url, index) => ({
      file: entry.file,
      line: entry.lineOf(['oldPaths', index]),
      field: `oldPaths[${index}]`,
      url,
      kind: 'redirect' as const,
      target: pagePath,
    })),
  ];
}

function clash(claim: UrlClaim, first: UrlClaim): string {
  if (claim.kind === 'page' && first.kind === 'page') {
    return `publishes to ${claim.url}, which ${first.file} also publishes to: rename or move one of them`;
  }
  if (claim.kind === 'page') return `publishes to ${claim.url}, which ${first.file} lists in \`oldPaths\`: remove it from that file's \`oldPaths\``;
  if (first.kind === 'redirect') return `redirects ${claim.url} here, but ${first.file} already redirects it: keep it on one page only`;
  if (first.file === claim.file) return `is this page's own address (${claim.url}): remove it from \`oldPaths\``;
  return `redirects ${claim.url} here, but ${first.file} publishes a page there: remove it from \`oldPaths\``;
}

export function checkUniqueClaims(claims: readonly UrlClaim[]): Finding[] {
  // Pages claim first, so a clash with a redirect is always reported on the redirect when one exists.
  const ordered = [...claims].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'page' ? -1 : 1));
  const firstByUrl = new Map<string, UrlClaim>();
  const findings: Finding[] = [];
  for (const claim of ordered) {
    const first = firstByUrl.get(claim.url);
    if (!first) {
      firstByUrl.set(claim.url, claim);
      continue;
    }
    findings.push({ file: claim.file, line: claim.line, field: claim.field, message: clash(claim, first) });
  }
  return findings;
}
