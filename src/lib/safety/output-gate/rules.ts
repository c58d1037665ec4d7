/**
 * The post-build gate's rules: what no built page may contain, whatever
 * produced it (content, a component, a layout, a plugin). Reads the HTML with
 * a real parser (parse5, as a browser would), never with patterns, and
 * returns each problem with its line.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

export interface GateProblem {
  /** 1-based line in the HTML file. */
  line: number;
  message: string;
}

export interface GateOptions {
  /** The site's base path, such as `/` or `/ops-manual/`. */
  base: string;
  /** True for the redirect pages made for `oldPaths`, the only pages that may carry a meta refresh. */
  redirect?: boolean;
  /** Whether a file exists in the built site (a path relative to its root, such as `_astro/x.js`). */
  exists?: (file: string) => boolean;
  /** The policy every HTML page must carry as `<meta http-equiv="Content-Security-Policy">`, first in its <head>. */
  csp?: string;
}

/** Elements that embed another document or plugin: never published. */
const EMBEDS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'fencedframe']);
/** Attributes that hold a URL (or, for srcset, several). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'cite', 'data', 'poster', 'background', 'srcset', 'ping', 'xlink:href', 'codebase', 'manifest', 'longdesc', 'lowsrc', 'dynsrc']);

/**
 * Every problem in one built HTML (or SVG) file, in document order. The file
 * is parsed without source locations first, which is about a third faster;
 * what is found does not depend on them, so only a file with problems is
 * parsed again, with them, for its lines.
 */
export function gateProblems(html: string, options: GateOptions): GateProblem[] {
  const problems = problemsIn(html, options, false);
  return problems.length === 0 ? problems : problemsIn(html, options, true);
}

function problemsIn(html: string, options: GateOptions, withLines: boolean): GateProblem[] {
  const problems: GateProblem[] = [];
  const document = parse(html, { sourceCodeLocationInfo: withLines });
  const stack: Node[] = [document];
  const visited: Element[] = [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ('tagName' in node) visited.push(node);
    const children = 'content' in node && node.nodeName === 'template' ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
  for (const element of visited) checkElement(element, options, problems);
  if (options.csp !== undefined) checkCspMeta(visited, options.csp, problems);
  return problems.sort((a, b) => a.line - b.line);
}

function checkElement(element: Element, options: GateOptions, problems: GateProblem[]): void {
  const line = element.sourceCodeLocation?.startLine ?? 1;
  const tag = element.tagName;
  const report = (message: string) => problems.push({ line, message });
  const attribute = (name: string) => element.attrs.find((attr) => attr.name === name)?.value;

  for (const attr of element.attrs) {
    const name = attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name;
    if (/^on/i.test(attr.name)) report(`<${tag}> has an event handler attribute \`${name}\`: pages run no inline script`);
    if (URL_ATTRIBUTES.has(name) || URL_ATTRIBUTES.has(attr.name)) {
      const urls = attr.name === 'srcset' ? attr.value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [attr.value];
      for (const url of urls) {
        const problem = unsafeUrl(url);
        if (problem) report(`<${tag} ${name}> ${problem}`);
      }
    }
  }

  if (EMBEDS.has(tag)) report(`<${tag}> embeds another document: pages never embed one`);
  if (tag === 'base') report('<base> changes where every link on the page points: pages never carry one');
  if (tag === 'script') checkScript(element, options, report);
  if (tag === 'form') checkForm(element, options, report);
  if (tag === 'meta' && attribute('http-equiv')?.trim().toLowerCase() === 'refresh') {
    const target = /url\s*=\s*['"]?([^'"]*)/i.exec(attribute('content') ?? '')?.[1]?.trim();
    if (!options.redirect) report('<meta http-equiv="refresh"> outside a redirect page: only the pages made for `oldPaths` may redirect');
    else if (!target || !isSitePath(target, options.base)) report(`<meta http-equiv="refresh"> sends the reader to "${target ?? ''}": a redirect page may only send them to a page on this site`);
    else {
      const problem = unsafeUrl(target);
      if (problem) report(`<meta http-equiv="refresh"> ${problem}`);
    }
  }
}

/**
 * Hosts that send no headers (GitHub Pages) get the CSP from the page itself,
 * which covers only what comes after it: so it must be in <head>, before any
 * script, stylesheet or style, and say exactly the site's policy.
 */
function checkCspMeta(elements: readonly Element[], csp: string, problems: GateProblem[]): void {
  const head = elements.find((element) => element.tagName === 'head');
  if (!head) return;
  const metas = elements.filter((element) => element.tagName === 'meta' && element.attrs.some((attr) => attr.name === 'http-equiv' && attr.value.toLowerCase() === 'content-security-policy'));
  const line = (element: Element | undefined) => element?.sourceCodeLocation?.startLine ?? head.sourceCodeLocation?.startLine ?? 1;
  if (metas.length !== 1) {
    problems.push({ line: line(metas[1]), message: `the page carries ${metas.length} <meta http-equiv="Content-Security-Policy">: it must carry exactly one, in <head>, with the site's policy (src/lib/safety/csp/policy.ts)` });
    return;
  }
  const meta = metas[0]!;
  const content = meta.attrs.find((attr) => attr.name === 'content')?.value;
  if (content !== csp) problems.push({ line: line(meta), message: `<meta http-equiv="Content-Security-Policy"> says "${content ?? ''}", not the site's policy (src/lib/safety/csp/policy.ts)` });
  const first = head.childNodes.find((child): child is Element => 'tagName' in child && ['script', 'link', 'style', 'base'].includes(child.tagName));
  // Both in <head>: which comes first is their order there.
  if (meta.parentNode !== head || (first && head.childNodes.indexOf(first) < head.childNodes.indexOf(meta))) {
    problems.push({ line: line(meta), message: '<meta http-equiv="Content-Security-Policy"> must come in <head> before any script, stylesheet or style, or it does not cover them' });
  }
}

/** The only scripts the site's layouts emit: module files that Astro built into `<base>_astro/`, with nothing inline. */
function checkScript(element: Element, options: GateOptions, report: (message: string) => void): void {
  const src = element.attrs.find((attr) => attr.name === 'src')?.value;
  const type = element.attrs.find((attr) => attr.name === 'type')?.value;
  const inline = element.childNodes.some((child) => child.nodeName === '#text' && 'value' in child && child.value.trim() !== '');
  const own = `${options.base}_astro/`;
  const names = element.attrs.map((attr) => attr.name).sort().join(' ');
  const file = src?.startsWith(own) ? src.slice(options.base.length) : undefined;
  const isOwn =
    type === 'module' && names === 'src type' && !inline && file !== undefined && /^_astro\/[\w.-]+\.js$/.test(file) && (options.exists?.(file) ?? true);
  if (!isOwn) report(`<script${src ? ` src="${src}"` : ''}> was not emitted by the site's layouts: only module files built into ${own} may run`);
}

/** The site's own search: a GET form to `<base>search/`. Any other form could send what a reader types elsewhere. */
function checkForm(element: Element, options: GateOptions, report: (message: string) => void): void {
  const attribute = (name: string) => element.attrs.find((attr) => attr.name === name)?.value;
  const isSearch = attribute('role') === 'search' && attribute('method')?.toLowerCase() === 'get' && attribute('action') === `${options.base}search/`;
  if (!isSearch) report(`<form${attribute('action') ? ` action="${attribute('action')}"` : ''}> is not the site's own search: pages carry no other form`);
}

/**
 * Why a URL must not be published, or undefined. Reads the scheme as a
 * browser does: tabs and newlines inside are ignored, leading spaces and
 * control characters are trimmed, and case does not matter.
 */
export function unsafeUrl(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const normalised = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(normalised)?.[1];
  if (scheme === 'javascript' || scheme === 'vbscript') return `is a ${scheme}: URL, which runs code`;
  if (scheme === 'data' && !/^data:image\/(?:png|jpeg|gif|webp|avif|svg\+xml)[;,]/.test(normalised)) return 'is a data: URL that is not an image';
  return undefined;
}

function isSitePath(url: string, base: string): boolean {
  return url.startsWith(base) && !url.startsWith('//');
}
