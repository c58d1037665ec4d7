/**
 * "Edit this page" and "Report a problem with this page": where each link
 * goes, from the site settings and the page's own frontmatter overrides.
 */

export interface PageLinkSettings {
  /** Repository web address, such as https://github.com/example-org/ops-manual; without one, neither link shows. */
  repositoryUrl: string | undefined;
  repositoryBranch: string;
  pageLinks: { edit: boolean; report: boolean };
}

export interface PageLinkInput {
  title: string;
  /** The page's public address (absolute when the site URL is set). */
  url: string;
  /** The page's source file, relative to the repository root, such as content/guidance/a/b.md. */
  sourceFile: string | undefined;
  /** Frontmatter overrides: a web address, or `false` to hide the link. */
  editUrl?: string | false;
  feedbackUrl?: string | false;
  /**
   * Where the file is edited when it is not in the site's repository (a federated page): its own repository's edit
   * address, or `false` when that repository has no web address. The site's `pageLinks.edit` still governs it.
   */
  sourceEditUrl?: string | false;
}

export interface PageLinks {
  edit?: string;
  report?: string;
}

function repository(url: string): string {
  return url.replace(/\/+$/, '');
}

/** GitHub's editor for a file on a branch; each path segment is encoded, the slashes kept. */
export function editFileUrl(repositoryUrl: string, branch: string, sourceFile: string): string {
  const file = sourceFile.replace(/\\/g, '/').replace(/^\.?\//, '').split('/').map(encodeURIComponent).join('/');
  return `${repository(repositoryUrl)}/edit/${encodeURIComponent(branch)}/${file}`;
}

/** A new issue with the page's title and address filled in, so the report says where the problem is. */
export function reportProblemUrl(repositoryUrl: string, title: string, url: string): string {
  const query = new URLSearchParams({
    title: `Problem with page: ${title}`,
    body: `Page: ${url}\n\nWhat is wrong with this page, and what should it say?\n\n`,
  });
  return `${repository(repositoryUrl)}/issues/new?${query}`;
}

export function pageLinks(settings: PageLinkSettings, page: PageLinkInput): PageLinks {
  const links: PageLinks = {};
  if (page.editUrl !== false) {
    if (page.editUrl) links.edit = page.editUrl;
    else if (settings.pageLinks.edit) {
      const where = page.sourceEditUrl ?? (settings.repositoryUrl && page.sourceFile ? editFileUrl(settings.repositoryUrl, settings.repositoryBranch, page.sourceFile) : undefined);
      if (where) links.edit = where;
    }
  }
  if (page.feedbackUrl !== false) {
    if (page.feedbackUrl) links.report = page.feedbackUrl;
    else if (settings.pageLinks.report && settings.repositoryUrl) links.report = reportProblemUrl(settings.repositoryUrl, page.title, page.url);
  }
  return links;
}
