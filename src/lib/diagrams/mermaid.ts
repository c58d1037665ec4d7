/**
 * Mermaid diagrams drawn at build time, with no browser and no JavaScript in
 * the page: beautiful-mermaid lays the diagram out in plain JavaScript (ELK)
 * and returns SVG text. See docs/diagrams.md for why this renderer.
 *
 * The SVG is made to fit the site: no `style` attributes or `<style>` (the
 * Content-Security-Policy allows styles from the site's own stylesheet only;
 * .app-diagram in site.scss gives the colours), ids prefixed so two diagrams
 * on one page never share one, and a <title> and <desc> from the diagram's
 * `accTitle` and `accDescr`, which are also shown as the figure's caption.
 */
import { renderMermaidSVG } from 'beautiful-mermaid';
import { escapeXml } from '../core/xml.ts';

export interface DiagramSource {
  title?: string;
  description?: string;
  /** The diagram without its accessibility lines, as the renderer reads it. */
  body: string;
  /** 0-based line in the source of each body line, so errors point at the author's line. */
  lines: number[];
}

export class DiagramError extends Error {
  /** 0-based line in the diagram's source. */
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

/** Reads `accTitle: …`, `accDescr: …` and `accDescr { … }` out of the source (the renderer does not know them). */
export function readDiagram(source: string): DiagramSource {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  const keptLines: number[] = [];
  let title: string | undefined;
  let description: string | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const single = /^\s*(accTitle|accDescr)\s*:\s*(.*)$/.exec(line);
    if (single) {
      if (single[1] === 'accTitle') title = single[2].trim();
      else description = single[2].trim();
      continue;
    }
    if (/^\s*accDescr\s*\{/.test(line)) {
      const parts = [line.replace(/^\s*accDescr\s*\{/, '')];
      while (!parts.at(-1)!.includes('}') && index + 1 < lines.length) parts.push(lines[++index]);
      description = parts.join(' ').replace(/\}.*$/, '').replace(/\s+/g, ' ').trim();
      continue;
    }
    kept.push(line);
    keptLines.push(index);
  }
  return { title, description, body: kept.join('\n'), lines: keptLines };
}

/** What is wrong with a diagram before drawing it: a title and a description are required. */
export function accessibilityProblem(diagram: DiagramSource): string | undefined {
  const missing = [!diagram.title && '`accTitle: …` (a short title)', !diagram.description && '`accDescr: …` (what the diagram shows, in words)'].filter(Boolean);
  if (missing.length === 0) return undefined;
  return `needs ${missing.join(' and ')} inside the diagram, so readers who cannot see it get the same information`;
}

const cache = new Map<string, string>();

/** Draws a diagram as SVG text; throws DiagramError for a diagram it cannot read. */
export function drawDiagram(source: string): string {
  const cached = cache.get(source);
  if (cached !== undefined) return cached;
  const diagram = readDiagram(source);
  const firstLine = diagram.lines[diagram.body.split('\n').findIndex((line) => line.trim())] ?? 0;
  let svg: string;
  try {
    svg = renderMermaidSVG(diagram.body);
  } catch (error) {
    throw new DiagramError((error as Error).message.split('\n')[0], firstLine);
  }
  cache.set(source, svg);
  return svg;
}

/**
 * The diagram as a figure for the page: a CSP-clean, accessible inline SVG
 * and a caption. `id` makes its ids unique on the page (such as `diagram-1`).
 */
export function diagramFigure(source: string, id: string): string {
  const diagram = readDiagram(source);
  const problem = accessibilityProblem(diagram);
  if (problem) throw new DiagramError(problem, 0);
  const svg = cleanSvg(drawDiagram(source), id);
  const title = escapeXml(diagram.title!);
  const description = escapeXml(diagram.description!);
  const labelled = svg.replace(
    /^<svg\b([^>]*)>/,
    (_m, attributes: string) =>
      `<svg${attributes} role="img" aria-labelledby="${id}-title ${id}-desc" focusable="false"><title id="${id}-title">${title}</title><desc id="${id}-desc">${description}</desc>`,
  );
  return `<figure class="app-diagram"><div class="app-diagram__picture">${labelled}</div><figcaption class="app-diagram__caption govuk-body-s"><strong>${title}</strong>. ${description}</figcaption></figure>`;
}

/** Removes styles the CSP blocks, fixed sizes, comments and line breaks; prefixes ids. */
export function cleanSvg(svg: string, id: string): string {
  const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
  let clean = svg
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\sstyle="[^"]*"/g, '')
    .replace(/^<svg\b([^>]*)>/, (_m, attributes: string) => `<svg${attributes.replace(/\s(width|height)="[^"]*"/g, '')} class="app-diagram__svg">`);
  for (const name of ids) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    clean = clean
      .replace(new RegExp(`(\\sid=")${escaped}"`, 'g'), `$1${id}-${name}"`)
      .replace(new RegExp(`url\\(#${escaped}\\)`, 'g'), `url(#${id}-${name})`)
      .replace(new RegExp(`(href=")#${escaped}"`, 'g'), `$1#${id}-${name}"`);
  }
  // One line: MDX reads a multi-line HTML block as separate JSX blocks and drops the SVG's body.
  return clean
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('');
}
