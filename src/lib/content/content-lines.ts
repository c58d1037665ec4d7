/**
 * Splits a content file into lines labelled by what they are, so line-based
 * lints can treat code (shown, never run) differently from markup and text.
 */

export type LineKind = 'frontmatter' | 'text' | 'code';

export interface ContentLine {
  /** 1-based line number in the file. */
  number: number;
  kind: LineKind;
  /** The line as written. */
  text: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export function contentLines(source: string, isDataFile: boolean): ContentLine[] {
  const lines = source.split(/\r?\n/);
  const result: ContentLine[] = [];
  let inFrontmatter = !isDataFile && lines[0]?.trim() === '---';
  let fence: string | undefined;
  lines.forEach((text, index) => {
    const number = index + 1;
    if (isDataFile) {
      result.push({ number, kind: 'frontmatter', text });
      return;
    }
    if (inFrontmatter) {
      if (index > 0 && text.trim() === '---') inFrontmatter = false;
      result.push({ number, kind: 'frontmatter', text });
      return;
    }
    const marker = FENCE.exec(text)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && text.trim() === marker) fence = undefined;
      result.push({ number, kind: 'code', text });
      return;
    }
    if (marker) {
      fence = marker;
      result.push({ number, kind: 'code', text });
      return;
    }
    result.push({ number, kind: 'text', text });
  });
  return result;
}
