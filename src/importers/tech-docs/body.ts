/**
 * Converts the Markdown body of a tech-docs page: removes the ERB title
 * heading and page-contents partials (the site makes its own H1 and "On this
 * page" list), inlines other partials, rewrites links between imported pages,
 * and reports everything else it cannot convert. It never drops content: what
 * it cannot convert stays in the page and is reported with its line.
 */
import { isSiteLink, resolveOldLink } from './paths.ts';

export interface BodyProblem {
  /** 1-based line in the page, or in `file` when the problem is inside a partial. */
  line: number;
  message: string;
  /** A partial's file, when the problem is inside a partial. */
  file?: string;
}

export interface BodyContext {
  /** The page's address on the old site, to resolve relative links. */
  oldUrl: string;
  /** The new site path for an old-site path, or undefined when no imported page had it. */
  newPathFor: (oldPath: string) => string | undefined;
  /** A partial's text by the name used in `partial "name"`, from the including file's folder. */
  readPartial: (name: string) => { file: string; text: string } | undefined;
  /** The value of an ERB expression such as `data.site.tools_url` or `current_page.data.owner`, when it is known. */
  resolveErb?: (expression: string) => string | undefined;
  /**
   * The new address of an image (or other file) the old site served at this path, when it is copied;
   * `{ notPublished }` when the file is there but this site does not publish its kind (a PDF), saying what it is.
   */
  assetFor?: (oldPath: string) => string | { notPublished: string } | undefined;
}

/** A link to a `#fragment` of an imported page (or this page), to check once every page is converted. */
export interface AnchorLink {
  line: number;
  file?: string;
  /** The new page path, or '' for the page itself. */
  path: string;
  fragment: string;
  /** The link exactly as written in the output, to turn into text when the anchor does not exist. */
  written: string;
  label: string;
}

export interface ConvertedBody {
  markdown: string;
  /** Links with a #fragment, to check against the target's headings. */
  anchorLinks: AnchorLink[];
  /** The text of the page's first-level heading, when it had a plain one. */
  heading?: string;
  problems: BodyProblem[];
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ERB_TITLE = /^#\s+<%=\s*current_page\.(?:data\.)?title\s*%>\s*$/;
const PARTIAL = /^\s*<%=\s*partial\s*\(?\s*["']([^"']+)["'][^%]*%>\s*$/;
const PAGE_CONTENTS = /(?:^|[/_-])(?:page[-_]?contents|table[-_]of[-_]contents|toc)$/i;
const ERB = /<%.*?%>|<%.*$/;
const ERB_ALL = /<%(=|#|-)?\s*(.*?)\s*-?%>|<%.*$/g;
/** Links authors leave to fill in later. */
const PLACEHOLDER_LINK = /^(?:tbc|tbd|todo|tba|xxx|link|url|\?+|#)$/i;

/** A visible marker for something the import could not convert, so a reader (and a search for "TODO") finds it. */
export function todo(text: string): string {
  return `**TODO (import): ${text}**`;
}

/** Text that shows as written (a code span long enough for any backticks inside). */
function codeSpan(text: string): string {
  const fence = '`'.repeat((text.match(/`+/g) ?? ['']).reduce((n, run) => Math.max(n, run.length), 0) + 1);
  return `${fence}${fence.length > 1 ? ' ' : ''}${text}${fence.length > 1 ? ' ' : ''}${fence}`;
}
const MAX_PARTIAL_DEPTH = 5;

/** Code spans are left exactly as written: hide them while rewriting links. */
function withCodeSpansHidden(line: string, rewrite: (text: string) => string): string {
  const spans: string[] = [];
  const hidden = line.replace(/(`+)[\s\S]*?\1/g, (span) => `\u0000${spans.push(span) - 1}\u0000`);
  return rewrite(hidden).replace(/\u0000(\d+)\u0000/g, (_, i: string) => spans[Number(i)]);
}

const INLINE_LINK = /(!?)\[((?:[^\]\\]|\\.)*)\]\(\s*<?([^)\s>]*)>?((?:\s+"[^"]*")?)\s*\)/g;
const REFERENCE = /^(\s{0,3}\[[^\]]+\]:\s*)<?(\S+?)>?(\s+"[^"]*")?\s*$/;
const HTML_HREF = /\b(href|src)="([^"]*)"/g;
/** A plain HTML link: Markdown links get the site's base path added, HTML ones would not. */
const PLAIN_HTML_LINK = /<a href="([^"]*)">([^<]*)<\/a>/g;

/** Why a link cannot stay a link, or undefined when it can. */
type Rewritten = { href: string } | { todo: string };

function rewriteLinks(line: string, lineNumber: number, context: BodyContext, problems: BodyProblem[], anchorLinks: AnchorLink[], file?: string): string {
  const report = (message: string) => problems.push({ line: lineNumber, file, message });
  const rewrite = (href: string, image: boolean): Rewritten => {
    if (/^http:/i.test(href)) {
      report(`links to \`${href}\` over http: the link became text with a TODO in the page; find an https address for it`);
      return { todo: `the old site linked to ${codeSpan(href)} over http; find an https address` };
    }
    if (href.startsWith('#') && href.length > 1) return { href };
    if (PLACEHOLDER_LINK.test(href.trim()) || href.trim() === '') {
      report(`has a placeholder link \`${href}\`: the link became text with a TODO in the page; link it to the right page`);
      return { todo: `this was a placeholder link (${codeSpan(href)}); link it to the right page` };
    }
    if (!isSiteLink(href)) return { href };
    const target = resolveOldLink(href, context.oldUrl);
    const newPath = image ? undefined : context.newPathFor(target.path);
    if (newPath) return { href: `${newPath}${target.fragment}` };
    const copied = context.assetFor?.(target.path);
    if (typeof copied === 'string') return { href: copied };
    if (copied) {
      report(`links to the ${copied.notPublished} ${codeSpan(href)}, which this site does not publish: the link became text with a TODO in the page; make the document a page, or link to where it is published`);
      return { todo: `the old site linked to the ${copied.notPublished} ${codeSpan(href)}, which this site does not publish` };
    }
    const asset = image || /\.(png|jpe?g|gif|svg|webp|pdf|csv|zip|docx?|xlsx?|pptx?|odt|ods)$/i.test(target.path);
    if (asset) {
      report(`links to the file \`${href}\`, which is not in the site's source/ folder: the link became text with a TODO in the page; add the file to public/ and link it`);
      return { todo: `the old site linked to the file ${codeSpan(href)}, which was not found` };
    }
    report(`links to \`${href}\`, which is not a page in the imported site: the link became text with a TODO in the page; point it at the right page`);
    return { todo: `the old site linked to ${codeSpan(href)}, which is not a page here` };
  };
  const link = (bang: string, label: string, href: string, title: string): string => {
    const result = rewrite(href, bang === '!');
    if ('todo' in result) return `${bang ? `${label || 'Image'}` : label} (${todo(result.todo)})`;
    const written = `${bang}[${label}](${result.href}${title})`;
    if (bang && !label.trim()) {
      report(`has an image without alt text (\`${href}\`): a TODO was added after it; describe what it shows between the square brackets`);
      return `${written} (${todo('describe this image in its alt text, between the square brackets')})`;
    }
    const hash = result.href.indexOf('#');
    if (!bang && hash !== -1 && !/^[a-z][a-z0-9+.-]*:/i.test(result.href)) {
      anchorLinks.push({ line: lineNumber, file, path: result.href.slice(0, hash), fragment: result.href.slice(hash + 1), written, label });
    }
    return written;
  };
  const reference = REFERENCE.exec(line);
  if (reference) {
    const result = rewrite(reference[2], false);
    return 'todo' in result ? `${reference[1]}${reference[2]}${reference[3] ?? ''}\n\n${todo(result.todo)}` : `${reference[1]}${result.href}${reference[3] ?? ''}`;
  }
  return withCodeSpansHidden(line, (text) =>
    text
      .replace(PLAIN_HTML_LINK, (_m, href: string, label: string) => `[${label}](${href})`)
      .replace(INLINE_LINK, (_m, bang: string, label: string, href: string, title: string) => link(bang, label, href, title))
      .replace(HTML_HREF, (match, attribute: string, href: string) => {
        const result = rewrite(href, attribute === 'src');
        return 'todo' in result ? match : `${attribute}="${result.href}"`;
      }),
  );
}

interface Line {
  text: string;
  /** Line in the page that this text comes from (an inlined partial keeps the include's line). */
  line: number;
  /** The partial the text came from, if any. */
  file?: string;
  /** Already reported (an include whose partial was not found): not reported again as ERB. */
  reported?: boolean;
}

/** Replaces partial includes with the partials' lines, recursively; page-contents partials are removed. */
function expandPartials(lines: Line[], context: BodyContext, problems: BodyProblem[], depth = 0): Line[] {
  const result: Line[] = [];
  let fence: string | undefined;
  for (const entry of lines) {
    const fenceMatch = FENCE.exec(entry.text);
    if (fenceMatch) {
      if (!fence) fence = fenceMatch[1][0];
      else if (fenceMatch[1][0] === fence) fence = undefined;
    }
    const partial = fence ? null : PARTIAL.exec(entry.text);
    if (!partial) {
      result.push(entry);
      continue;
    }
    const name = partial[1];
    if (PAGE_CONTENTS.test(name)) continue;
    const found = depth < MAX_PARTIAL_DEPTH ? context.readPartial(name) : undefined;
    if (!found) {
      problems.push({
        line: entry.line,
        file: entry.file,
        message: depth < MAX_PARTIAL_DEPTH
          ? `includes the partial \`${name}\`, which was not found: paste its text in place of the line`
          : `includes the partial \`${name}\` more than ${MAX_PARTIAL_DEPTH} partials deep: paste its text in place of the line`,
      });
      result.push({ ...entry, reported: true });
      continue;
    }
    const inlined = found.text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n').map((text, i) => ({ text, line: i + 1, file: found.file }));
    result.push(...expandPartials(inlined, context, problems, depth + 1));
  }
  return result;
}

/**
 * Resolves `<%= data.x.y %>` and `<%= current_page.data.x %>` from the site's
 * data files and the page's frontmatter; anything else becomes a visible TODO
 * (an ERB comment is removed), each reported. No ERB is left outside code.
 */
function convertErb(text: string, entry: Line, context: BodyContext, problems: BodyProblem[]): string {
  return withCodeSpansHidden(text, (hidden) =>
    hidden.replace(ERB_ALL, (match, kind: string | undefined, expression: string | undefined) => {
      if (kind === '#') {
        problems.push({ line: entry.line, file: entry.file, message: `has an ERB comment \`${match.slice(0, 80)}\`: it was removed (readers never saw it)` });
        return '';
      }
      const value = kind === '=' && expression ? context.resolveErb?.(expression) : undefined;
      if (value !== undefined) return value;
      problems.push({ line: entry.line, file: entry.file, message: `has ERB \`${match.slice(0, 80)}\` that cannot be converted: it became a TODO in the page; replace it with plain Markdown` });
      return todo(`the old site computed this with ERB: ${codeSpan((expression ?? match.replace(/^<%[=-]?\s*/, '')).trim() || match)}`);
    }),
  );
}

/**
 * Turns links to `#anchors` that the target page does not have into text with
 * a TODO, once every page is converted. `idsOf` gives a page's heading ids.
 */
export function breakMissingAnchors(
  markdown: string,
  links: readonly AnchorLink[],
  ownPath: string,
  idsOf: (path: string) => Set<string> | undefined,
  report: (link: AnchorLink, message: string) => void,
): string {
  let result = markdown;
  for (const link of links) {
    const ids = idsOf(link.path || ownPath);
    if (!ids || ids.has(link.fragment)) continue;
    report(link, `links to \`${link.path}#${link.fragment}\`, but that page has no heading with the id \`${link.fragment}\`: the link became text with a TODO in the page; link to a heading that exists`);
    result = result.split(link.written).join(`${link.label} (${todo(`the old site linked to the missing anchor ${codeSpan(`#${link.fragment}`)}`)})`);
  }
  return result;
}

export function convertBody(body: string, firstLine: number, context: BodyContext): ConvertedBody {
  const problems: BodyProblem[] = [];
  const anchorLinks: AnchorLink[] = [];
  const source = body.replace(/\r\n?/g, '\n').split('\n').map((text, i) => ({ text, line: firstLine + i }));
  const lines = expandPartials(source, context, problems);
  const output: string[] = [];
  let heading: string | undefined;
  let seenText = false;
  let fence: string | undefined;
  for (const entry of lines) {
    let text = entry.text;
    const fenceMatch = FENCE.exec(text);
    if (fenceMatch || fence) {
      if (fenceMatch && !fence) fence = fenceMatch[1][0];
      else if (fenceMatch && fenceMatch[1][0] === fence) fence = undefined;
      output.push(text);
      seenText = true;
      continue;
    }
    const h1 = /^#\s+(.+?)\s*#*\s*$/.exec(text);
    if (h1 && !seenText && !entry.file) {
      // The page's title heading: the site prints the title as the H1 itself.
      if (!ERB_TITLE.test(text)) heading = h1[1];
      seenText = true;
      continue;
    }
    if (h1) {
      problems.push({ line: entry.line, file: entry.file, message: `has a second first-level heading \`${h1[1]}\`: it became a second-level heading, as a page has one H1` });
      text = `#${text}`;
    }
    if (ERB.test(text)) {
      if (entry.reported) text = `${todo(`paste the text of the partial here: ${codeSpan(text.replace(/<%=?\s*|\s*%>/g, '').trim())}`)}`;
      else text = convertErb(text, entry, context, problems);
    }
    if (text.trim()) seenText = true;
    output.push(rewriteLinks(text, entry.line, context, problems, anchorLinks, entry.file));
  }
  const markdown = `${output.join('\n').replace(/^\n+/, '').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
  return { markdown, heading, problems, anchorLinks };
}

/** The first sentence of the first paragraph, as plain text, for a missing description. */
export function firstSentence(markdown: string, maxLength = 200): string | undefined {
  const paragraph = markdown
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .find((block) => block && !/^(#|```|~~~|<|\||[-*+] |\d+\. |>|!\[)/.test(block));
  if (!paragraph) return undefined;
  const plain = paragraph
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const sentence = /^.*?[.!?](?=\s|$)/.exec(plain)?.[0] ?? plain;
  if (sentence.length <= maxLength) return sentence;
  return `${sentence.slice(0, maxLength - 1).replace(/\s+\S*$/, '')}…`;
}
