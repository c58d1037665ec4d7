/**
 * Files beside the pages under content/: which kinds may be there, and what
 * an SVG may contain. An image that a page shows is published under the
 * site's own origin (Astro copies it into `_astro/`), so an SVG that runs
 * script there would run as the site. SVGs are rejected, with the file and
 * line named, rather than rewritten: the author sees what to remove.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { unsafeUrl } from '../output-gate/rules.ts';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Content entries (checked by their schemas) and the image types a page may show. */
export const CONTENT_FILE_TYPES = ['md', 'mdx', 'yaml', 'yml'] as const;
export const CONTENT_ASSET_TYPES = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'svg'] as const;

export interface AssetProblem {
  line: number;
  message: string;
}

/** Why a file under content/ may not be there, or undefined when its type is allowed. */
export function assetTypeProblem(file: string): string | undefined {
  const extension = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  const allowed: readonly string[] = [...CONTENT_FILE_TYPES, ...CONTENT_ASSET_TYPES];
  if (extension && allowed.includes(extension)) return undefined;
  return `is a .${extension ?? '(no extension)'} file: content/ holds pages (.md, .mdx), data (.yaml) and images (${CONTENT_ASSET_TYPES.map((type) => `.${type}`).join(', ')}). Link to other documents where they are published, or draw the picture as SVG`;
}

/**
 * What public/ may hold, published as it is at the site's root: the same images, CSV data a page offers
 * for download, and the host's `_headers` file. Nothing that runs (.js, .html) and no PDF (it can carry script).
 */
export const PUBLIC_FILE_TYPES = [...CONTENT_ASSET_TYPES, 'csv'] as const;
export const PUBLIC_FILE_NAMES = ['_headers'] as const;

/** Why a file under public/ may not be published, or undefined when it may (an SVG's content is checked by svgProblems). */
export function publicFileProblem(file: string): string | undefined {
  if ((PUBLIC_FILE_NAMES as readonly string[]).includes(file)) return undefined;
  const extension = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  if (extension && (PUBLIC_FILE_TYPES as readonly string[]).includes(extension)) return undefined;
  return `is ${extension ? `a .${extension} file` : 'a file with no extension'}: public/ holds images (${CONTENT_ASSET_TYPES.map((type) => `.${type}`).join(', ')}), .csv data and the host's _headers file. Remove it; link to documents where they are published, or make them pages`;
}

/** Elements that run script, embed other documents, or draw HTML inside the picture. */
const FORBIDDEN = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener', 'animation', 'audio', 'video']);
const HREF = new Set(['href', 'xlink:href', 'src']);
/** A stylesheet that loads something, or a url() that is not a #fragment in the same file. */
const EXTERNAL_STYLE = /@import|url\(\s*['"]?\s*(?!#)/i;

/** Every reason an SVG may not be published: script, event handlers, external references, foreignObject. */
export function svgProblems(svg: string): AssetProblem[] {
  const problems: AssetProblem[] = [];
  if (svg.includes('<!ENTITY')) problems.push({ line: lineOf(svg, svg.indexOf('<!ENTITY')), message: 'declares an XML entity: remove the <!DOCTYPE> entity declarations' });
  const document = parse(svg, { sourceCodeLocationInfo: true });
  const stack: Node[] = [document];
  let sawSvg = false;
  while (stack.length > 0) {
    const node = stack.pop()!;
    const children = 'childNodes' in node ? node.childNodes : [];
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
    if (!('tagName' in node)) continue;
    const element = node as Element;
    const line = element.sourceCodeLocation?.startLine ?? 1;
    const tag = element.tagName;
    if (tag === 'svg') sawSvg = true;
    if (FORBIDDEN.has(tag.toLowerCase())) problems.push({ line, message: `has a <${tag}>: an image must not run script or embed other content; remove it` });
    if (tag === 'style' && EXTERNAL_STYLE.test(element.childNodes.map((child) => ('value' in child ? child.value : '')).join(''))) {
      problems.push({ line, message: 'has a <style> that loads something (@import or url()): put the styles in the SVG itself' });
    }
    for (const attr of element.attrs) {
      const name = attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name;
      if (/^on/i.test(attr.name)) problems.push({ line, message: `has an event handler \`${name}\` on <${tag}>: remove it` });
      else if (attr.name === 'style' && EXTERNAL_STYLE.test(attr.value)) problems.push({ line, message: `has a style on <${tag}> that loads something (url()): remove it` });
      else if (HREF.has(name) || HREF.has(attr.name)) {
        const value = attr.value.trim();
        const linkOut = tag === 'a' && /^https:\/\//i.test(value);
        if (!value.startsWith('#') && !linkOut) {
          problems.push({ line, message: `has \`${name}="${value.slice(0, 60)}"\` on <${tag}>: an image may refer only to #ids in the same file${tag === 'a' ? ', or link to an https:// address' : ''}` });
        } else {
          const unsafe = unsafeUrl(value);
          if (unsafe) problems.push({ line, message: `\`${name}\` on <${tag}> ${unsafe}` });
        }
      }
    }
  }
  if (!sawSvg) problems.push({ line: 1, message: 'is not an SVG image (no <svg> element)' });
  return problems.sort((a, b) => a.line - b.line);
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index++) if (text.charCodeAt(index) === 10) line++;
  return line;
}
