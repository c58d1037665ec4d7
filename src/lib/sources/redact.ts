/**
 * Keeps credentials out of every message: a source's repository may carry a
 * token (`https://x-access-token:ghp_…@github.com/…`), and git repeats the
 * address in its own errors. Everything this module prints or throws passes
 * through `redact()` first.
 */

/** `scheme://userinfo@`: a password, or any user name on http(s) (often a token), becomes `***`. */
const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^/\s@]+)@/gi;

/** Token formats worth catching wherever they appear (GitHub, GitLab, Bitbucket app passwords in headers). */
const TOKENS = /\b(?:gh[pousr]_[A-Za-z0-9]{16,}|github_pat_[A-Za-z0-9_]{16,}|glpat-[A-Za-z0-9_-]{16,})/g;

/** Secrets in query strings and in HTTP headers git may echo (GIT_TRACE_CURL, http.extraHeader). */
const QUERY = /([?&](?:access_token|private_token|token|password|sig)=)[^&\s#'"]+/gi;
const HEADER = /\b(authorization:\s*(?:bearer|basic|token)\s+)\S+/gi;

export function redact(text: string): string {
  return text
    .replace(USERINFO, (_all, scheme: string, userinfo: string) => {
      const keep = !userinfo.includes(':') && !/^https?:\/\//i.test(scheme);
      return `${scheme}${keep ? userinfo : '***'}@`;
    })
    .replace(TOKENS, '***')
    .replace(QUERY, '$1***')
    .replace(HEADER, '$1***');
}

/** A repository address without credentials, for cache keys and comparisons: the same source whatever token reaches it. */
export function withoutCredentials(repository: string): string {
  return repository.replace(USERINFO, (_all, scheme: string, userinfo: string) => {
    const user = userinfo.split(':')[0]!;
    return /^https?:\/\//i.test(scheme) || userinfo.includes(':') ? scheme : `${scheme}${user}@`;
  });
}
