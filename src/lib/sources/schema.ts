/**
 * The shape of `content/sources.yaml`: a list of service repositories to pull
 * manuals and run books from. Every rule says what to write instead, and the
 * rules also keep a source from smuggling options or other programs into
 * git's command line (a repository starting `-`, an `ext::` address) or
 * reaching outside its repository (`..` in the path).
 */
import { z } from 'astro/zod';
import { strictObject, text } from '../../schemas/fields.ts';

const REPOSITORY_WHAT = 'the git address of the service repository, such as https://github.com/example-org/report-mentor-funding.git (ssh://, git@host:org/repo.git and file:// work too)';
const REF_WHAT = 'a branch, a tag or a full 40-character commit, such as main or v2.3.0; leave `ref` out for the default branch';
const PATH_WHAT = 'the folder in the repository that holds the service manual and runbooks/, such as docs/manual (write . for the top of the repository)';

/** scp-like ssh addresses: `git@github.com:org/repo.git`. */
const SCP_LIKE = /^(?:[A-Za-z0-9._-]+@)?[A-Za-z0-9.-]+:(?!\/\/)[^\s]+$/;

function repositoryProblem(value: string): string | undefined {
  if (value.startsWith('-')) return `must not start with \`-\`, which git would read as an option: ${REPOSITORY_WHAT}`;
  if (/\s/.test(value)) return `must not contain spaces: ${REPOSITORY_WHAT}`;
  if (/::/.test(value)) return `must be a plain git address, not a remote helper (\`${value.split('::')[0]}::\`): ${REPOSITORY_WHAT}`;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value)?.[1]?.toLowerCase();
  if (scheme === undefined) return SCP_LIKE.test(value) ? undefined : `must be a git address starting https://, ssh:// or file://: ${REPOSITORY_WHAT}`;
  if (scheme === 'http' || scheme === 'git') return `must start with https:// (found ${scheme}://, which is not encrypted): ${REPOSITORY_WHAT}`;
  if (!['https', 'ssh', 'file'].includes(scheme)) return `must start with https://, ssh:// or file:// (found ${scheme}://): ${REPOSITORY_WHAT}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `is not a valid address: ${REPOSITORY_WHAT}`;
  }
  if (scheme !== 'file' && !url.hostname) return `has no host name: ${REPOSITORY_WHAT}`;
  if (url.pathname.replace(/\/+$/, '') === '') return `names no repository after the host: ${REPOSITORY_WHAT}`;
  return undefined;
}

/** Git's own rules for ref names (git check-ref-format), and no leading `-`. */
function refProblem(value: string): string | undefined {
  if (value.startsWith('-')) return `must not start with \`-\`, which git would read as an option: ${REF_WHAT}`;
  if (/[\s~^:?*[\\\x00-\x1f\x7f]|\.\.|\/\/|@\{|^\/|\/$|\.$|\.lock$|^@$/.test(value)) return `is not a branch, tag or commit git accepts (found \`${value}\`): ${REF_WHAT}`;
  return undefined;
}

const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

function pathProblem(value: string): string | undefined {
  if (value === '.' || value === './') return undefined;
  if (value.startsWith('/')) return `must be a folder inside the repository, without a leading \`/\`: ${PATH_WHAT}`;
  const segments = value.replace(/\/+$/, '').split('/');
  if (segments.includes('..')) return `must not contain \`..\`: a source may only use folders inside its own repository. Write ${PATH_WHAT}`;
  const bad = segments.find((segment) => !SEGMENT.test(segment));
  if (bad !== undefined) return `has a folder name \`${bad}\` that is not letters, digits, \`.\`, \`_\` and \`-\`: ${PATH_WHAT}`;
  return undefined;
}

/** A check that adds the rule's own message, so each message says what to write. */
function rule(what: string, problem: (value: string) => string | undefined) {
  return text(what).superRefine((value, ctx) => {
    const message = problem(value);
    if (message) ctx.addIssue({ code: 'custom', message });
  });
}

export const sourceEntrySchema = strictObject({
  repository: rule(REPOSITORY_WHAT, repositoryProblem),
  ref: rule(REF_WHAT, refProblem).optional(),
  path: rule(PATH_WHAT, pathProblem).transform((value) => (value === '.' || value === './' ? '.' : value.replace(/\/+$/, ''))),
});

export type SourceEntry = z.infer<typeof sourceEntrySchema>;
