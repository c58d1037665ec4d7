/**
 * Every address the site publishes is claimed once: by a page, or by a
 * redirect from a page's `oldPaths`. Two claims on one address would make
 * one page overwrite the other, so each clash is reported on the later file.
 */
import type { Finding } from '../core/findings.ts';
import type { CheckedEntry } from '../content/references.ts';

export interface UrlClaim {
  file: string;
  line: number;
  field?: string;
  /** Site path without the base, such as /guidance/operations/. */
  url: string;
  kind: 'page' | 'redirect';
  /** For a redirect: where it goes. */
  target?: string;
  /** For a generated folder (such as Pagefind's): every address under `url` is taken too. */
  tree?: boolean;
}

/** A route that publishes pages the check cannot list, such as src/routes/checklists/[id].astro. */
export interface RoutePattern {
  pattern: RegExp;
  file: string;
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

/** /services.json/ and /services.json are one address on a static host: compare without the trailing slash. */
function addressKey(url: string): string {
  return url.length > 1 ? url.replace(/\/+$/, '') : url;
}

/** A claim on a file (an address without a trailing slash, such as /favicon.svg): nothing can be under it. */
function isFile(claim: UrlClaim): boolean {
  return claim.kind === 'page' && !claim.url.endsWith('/');
}

function clash(claim: UrlClaim, first: UrlClaim): string {
  if (claim.kind === 'redirect' && first.kind === 'page' && first.url !== claim.url) {
    return `redirects ${claim.url} here, but ${first.file} publishes ${first.url} there: remove it from \`oldPaths\``;
  }
  if (claim.kind === 'page' && first.kind === 'page') {
    return `publishes to ${claim.url}, which ${first.file} also publishes to: rename or move one of them`;
  }
  if (claim.kind === 'page') return `publishes to ${claim.url}, which ${first.file} lists in \`oldPaths\`: remove it from that file's \`oldPaths\``;
  if (first.kind === 'redirect') return `redirects ${claim.url} here, but ${first.file} already redirects it: keep it on one page only`;
  if (first.file === claim.file) return `is this page's own address (${claim.url}): remove it from \`oldPaths\``;
  return `redirects ${claim.url} here, but ${first.file} publishes a page there: remove it from \`oldPaths\``;
}

/** Why a redirect cannot be written where it asks, when another claim or route is in the way (not the same address). */
function blockedRedirect(claim: UrlClaim, firstByUrl: ReadonlyMap<string, UrlClaim>, trees: readonly UrlClaim[], routes: readonly RoutePattern[]): string | undefined {
  const remove = 'remove it from `oldPaths`';
  const tree = trees.find((t) => claim.url.startsWith(t.url));
  if (tree) return `redirects ${claim.url} here, but ${tree.file} writes everything under ${tree.url}: ${remove}`;
  // A page under a file's address cannot be written (the build fails with ENOTDIR).
  const segments = claim.url.split('/').filter(Boolean);
  for (let length = segments.length - 1; length >= 1; length -= 1) {
    const ancestor = firstByUrl.get(`/${segments.slice(0, length).join('/')}`);
    if (ancestor && isFile(ancestor)) return `redirects ${claim.url} here, but ${ancestor.file} publishes the file ${ancestor.url}, so no page can be under it: ${remove}`;
  }
  const route = routes.find((r) => r.pattern.test(claim.url) || r.pattern.test(addressKey(claim.url)));
  if (route) return `redirects ${claim.url} here, but ${route.file} publishes pages at such addresses: ${remove}`;
  return undefined;
}

/**
 * Every address claimed once. `routes` are routes whose pages cannot be
 * listed: a redirect to an address one of them matches is a clash too.
 */
export function checkUniqueClaims(claims: readonly UrlClaim[], routes: readonly RoutePattern[] = []): Finding[] {
  // Pages claim first, so a clash with a redirect is always reported on the redirect when one exists.
  const ordered = [...claims].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'page' ? -1 : 1));
  const firstByUrl = new Map<string, UrlClaim>();
  const trees = claims.filter((claim) => claim.kind === 'page' && claim.tree);
  const findings: Finding[] = [];
  for (const claim of ordered) {
    const first = firstByUrl.get(addressKey(claim.url));
    const blocked = !first && claim.kind === 'redirect' ? blockedRedirect(claim, firstByUrl, trees, routes) : undefined;
    if (blocked) {
      findings.push({ file: claim.file, line: claim.line, field: claim.field, message: blocked });
      continue;
    }
    if (!first) {
      firstByUrl.set(addressKey(claim.url), claim);
      continue;
    }
    findings.push({ file: claim.file, line: claim.line, field: claim.field, message: clash(claim, first) });
  }
  return findings;
}
