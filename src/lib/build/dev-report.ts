/**
 * How the dev server shows content problems in the browser: a page served for
 * every route while the content is invalid, and the payload for Astro's error
 * overlay. Both list the findings exactly as `npm run check` prints them.
 */
import { formatFinding, formatReport, sortFindings, type Finding } from '../core/findings.ts';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One finding as HTML: escaped, with `code` in backticks shown as code. */
export function findingHtml(finding: Finding): string {
  return escapeHtml(formatFinding(finding)).replace(/`([^`\n]+)`/g, '<code>$1</code>');
}

function heading(findings: readonly Finding[]): string {
  const files = new Set(findings.map((f) => f.file)).size;
  return `The content has ${findings.length} problem${findings.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`;
}

const ADVICE = 'Fix them and save: the page reloads by itself. npm run check prints the same list.';

/**
 * The page served instead of any page while the content is invalid. It loads
 * only Vite's client (`viteClient`, a script file, no inline code), so it
 * reloads itself once the content is fixed.
 */
export function findingsPage(findings: readonly Finding[], viteClient: string): string {
  const items = sortFindings(findings).map((finding) => `<li>${findingHtml(finding)}</li>`);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Content problems: ${escapeHtml(heading(findings))}</title>`,
    `<script type="module" src="${escapeHtml(viteClient)}"></script>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(heading(findings))}</h1>`,
    `<p>No page is served until they are fixed, so you never read a stale page. ${escapeHtml(ADVICE)}</p>`,
    `<ul>\n${items.join('\n')}\n</ul>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A Vite `error` message for Astro's error overlay (its message is shown as HTML, so it is escaped here). */
export function overlayPayload(findings: readonly Finding[], absolutePath: (file: string) => string) {
  const sorted = sortFindings(findings);
  const first = sorted[0];
  return {
    type: 'error' as const,
    err: {
      name: 'Content problems',
      title: heading(sorted),
      message: sorted.map(findingHtml).join('<br>'),
      hint: escapeHtml(ADVICE),
      // Shown as text and copied by the overlay's copy button: the report as the terminal has it, not a stack trace.
      stack: formatReport(sorted),
      plugin: 'ops-manual:content-check',
      loc: first ? { file: absolutePath(first.file), line: first.line, column: 1 } : undefined,
    },
  };
}

/**
 * Astro's own content errors are written for its overlay, in Markdown
 * (`**guidance → x** data does not match collection schema.`, then each
 * field), with no line numbers. The content check reports the same problems
 * with lines, so in the terminal such a message becomes one plain line that
 * points at that report; other messages only lose their `**`.
 */
export function plainLogMessage(message: string): string {
  const schema = /^(.*?)\*\*([^*]+)\*\* (?:data|frontmatter) does not match collection schema\./.exec(message);
  if (schema) return `${schema[1]}${schema[2]} does not match its schema: the content check lists each problem with its line.`;
  return message.replace(/\*\*([^*\n]+)\*\*/g, '$1');
}
