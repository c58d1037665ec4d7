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
}

export interface ConvertedBody {
  markdown: string;
  /** The text of the page's first-level heading, when it had a plain one. */
  heading?: string;
  problems: BodyProblem[];
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ERB_TITLE = /^#\s+<%=\s*current_page\.(?:data\.)?title\s*%>\s*$/;
const PARTIAL = /^\s*<%=\s*partial\s*\(?\s*["']([^"']+)["'][^%]*%>\s*$/;
const PAGE_CONTENTS = /(?:^|[/_-])(?:page[-_]?contents|table[-_]of[-_]contents|toc)$/i;
const ERB = /<%.*?%>|<%.*$/;
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

function rewriteLinks(line: string, lineNumber: number, context: BodyContext, problems: BodyProblem[], file?: string): string {
  const rewrite = (href: string, image: boolean): string => {
    if (!isSiteLink(href)) return href;
    const target = resolveOldLink(href, context.oldUrl);
    const newPath = image ? undefined : context.newPathFor(target.path);
    if (newPath) return `${newPath}${target.fragment}`;
    const asset = image || /\.(png|jpe?g|gif|svg|webp|pdf|csv|zip|docx?|xlsx?|pptx?|odt|ods)$/i.test(target.path);
    problems.push({
      line: lineNumber,
      file,
      message: asset
        ? `links to the file \`${href}\`, which was not copied: put it in public/ and update the link`
        : `links to \`${href}\`, which is not a page in the imported site: point it at the right page or remove the link`,
    });
    return href;
  };
  const reference = REFERENCE.exec(line);
  if (reference) return `${reference[1]}${rewrite(reference[2], false)}${reference[3] ?? ''}`;
  return withCodeSpansHidden(line, (text) =>
    text
      .replace(PLAIN_HTML_LINK, (_m, href: string, label: string) => `[${label}](${href})`)
      .replace(INLINE_LINK, (_m, bang: string, label: string, href: string, title: string) => `${bang}[${label}](${rewrite(href, bang === '!')}${title})`)
      .replace(HTML_HREF, (_m, attribute: string, href: string) => `${attribute}="${rewrite(href, attribute === 'src')}"`),
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

export function convertBody(body: string, firstLine: number, context: BodyContext): ConvertedBody {
  const problems: BodyProblem[] = [];
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
    const erb = ERB.exec(text);
    if (erb && !entry.reported) {
      problems.push({ line: entry.line, file: entry.file, message: `has ERB \`${erb[0].slice(0, 80)}\` that cannot be converted: it is kept as text; replace it with plain Markdown` });
    }
    if (text.trim()) seenText = true;
    output.push(rewriteLinks(text, entry.line, context, problems, entry.file));
  }
  const markdown = `${output.join('\n').replace(/^\n+/, '').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
  return { markdown, heading, problems };
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
