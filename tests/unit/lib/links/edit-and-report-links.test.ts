import { describe, expect, it } from 'vitest';
import { editFileUrl, pageLinks, reportProblemUrl, type PageLinkSettings } from '../../../../src/lib/links/edit-and-report-links.ts';

const settings: PageLinkSettings = {
  repositoryUrl: 'https://github.com/example-org/ops-manual/',
  repositoryBranch: 'main',
  pageLinks: { edit: true, report: true },
};
const page = { title: 'Incident management', url: 'https://example.org/manual/guidance/operations/incident-management/', sourceFile: 'content/guidance/operations/incident-management.md' };

describe('editFileUrl', () => {
  it('opens the file on the branch, encoding each segment but keeping slashes', () => {
    expect(editFileUrl('https://github.com/o/r/', 'release/2', 'content/guidance/a b/c#d.md')).toBe(
      'https://github.com/o/r/edit/release%2F2/content/guidance/a%20b/c%23d.md',
    );
  });
  it('accepts Windows separators and a leading ./', () => {
    expect(editFileUrl('https://github.com/o/r', 'main', '.\\content\\x.md')).toBe('https://github.com/o/r/edit/main/content/x.md');
  });
});

describe('reportProblemUrl', () => {
  it('prefills the issue title and body with the page title and address', () => {
    const url = new URL(reportProblemUrl('https://github.com/o/r', 'Incident & response', 'https://example.org/x/'));
    expect(url.origin + url.pathname).toBe('https://github.com/o/r/issues/new');
    expect(url.searchParams.get('title')).toBe('Problem with page: Incident & response');
    expect(url.searchParams.get('body')).toContain('Page: https://example.org/x/');
  });
});

describe('pageLinks', () => {
  it('gives both links from the settings', () => {
    const links = pageLinks(settings, page);
    expect(links.edit).toBe('https://github.com/example-org/ops-manual/edit/main/content/guidance/operations/incident-management.md');
    expect(new URL(links.report!).searchParams.get('title')).toBe('Problem with page: Incident management');
  });
  it('uses a page override instead of the default', () => {
    const links = pageLinks(settings, { ...page, editUrl: 'https://cms.example.org/edit/42', feedbackUrl: 'mailto:team@example.org' });
    expect(links).toEqual({ edit: 'https://cms.example.org/edit/42', report: 'mailto:team@example.org' });
  });
  it('hides a link the page sets to false', () => {
    expect(pageLinks(settings, { ...page, editUrl: false })).not.toHaveProperty('edit');
    expect(pageLinks(settings, { ...page, feedbackUrl: false })).not.toHaveProperty('report');
  });
  it('hides links the site turns off, unless the page gives its own', () => {
    const off = { ...settings, pageLinks: { edit: false, report: false } };
    expect(pageLinks(off, page)).toEqual({});
    expect(pageLinks(off, { ...page, editUrl: 'https://cms.example.org/e' })).toEqual({ edit: 'https://cms.example.org/e' });
  });
  it("edits a federated page where its file lives, or nowhere, but never when the site turns edit links off", () => {
    const federated = { ...page, sourceEditUrl: 'https://github.com/example-org/permits/edit/main/docs/manual/permits.md' };
    expect(pageLinks(settings, federated).edit).toBe(federated.sourceEditUrl);
    expect(pageLinks(settings, { ...page, sourceEditUrl: false }).edit).toBeUndefined();
    expect(pageLinks({ ...settings, pageLinks: { edit: false, report: true } }, federated).edit).toBeUndefined();
    expect(pageLinks(settings, { ...federated, editUrl: 'https://example.org/own' }).edit).toBe('https://example.org/own');
  });

  it('has no edit link when the source file is unknown', () => {
    expect(pageLinks(settings, { ...page, sourceFile: undefined })).not.toHaveProperty('edit');
  });
});
