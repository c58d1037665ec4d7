/** Reads a built site's Pagefind index: one record per indexed page, as Pagefind stored it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { globSync } from 'tinyglobby';

export interface IndexedPage {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: { element: string; id: string; text: string }[];
}

/** Every page fragment in dist/pagefind/fragment, by URL (with the base the site was built for). */
export function indexedPages(outDir: string): Map<string, IndexedPage> {
  const pages = new Map<string, IndexedPage>();
  for (const file of globSync('pagefind/fragment/*.pf_fragment', { cwd: outDir })) {
    const text = gunzipSync(readFileSync(path.join(outDir, file))).toString('utf8');
    const page = JSON.parse(text.slice(text.indexOf('{'))) as IndexedPage;
    pages.set(page.url, page);
  }
  return pages;
}
