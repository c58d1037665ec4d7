/**
 * Graphviz's SVG made fit for a page: no XML prolog, doctype or comments; no
 * ids (two maps on one page would clash) and no per-shape <title> tooltips;
 * no fixed size, so it scales to the column; and one <title> the SVG is named
 * by, as an image (`role="img"`). Graphviz writes colours as presentation
 * attributes, so there is no `style` attribute for the CSP to block; this
 * checks that rather than trusting it.
 */
import { escapeXml } from '../core/xml.ts';

export function pageSvg(svg: string, title: string, titleId: string): string {
  const body = svg
    .replace(/<\?xml[^>]*\?>/g, '')
    .replace(/<!DOCTYPE[^>]*>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<title>[^<]*<\/title>/g, '')
    .replace(/\s(id|class)="[^"]*"/g, '')
    .replace(/<svg\b[^>]*?viewBox="([^"]+)"[^>]*>/, (_, viewBox: string) => {
      const [, , width] = viewBox.split(/\s+/).map(Number);
      return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="${Math.ceil(width)}" class="app-map__svg" role="img" aria-labelledby="${titleId}"><title id="${titleId}">${escapeXml(title)}</title>`;
    })
    .replace(/\n\s*/g, '\n')
    .trim();
  if (/\sstyle="/.test(body)) throw new Error('The map SVG has a style attribute, which the CSP blocks: draw it with presentation attributes');
  if (!body.startsWith('<svg')) throw new Error('Graphviz returned no SVG');
  return body;
}
