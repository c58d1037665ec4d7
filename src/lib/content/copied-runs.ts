/**
 * Finds where a page repeats a source document word for word. Content that says
 * it restates its sources "in our own words" must not copy long runs of them:
 * `copiedRuns` lists every run of at least `minWords` consecutive words that a
 * page shares with a source, with the page line it starts on, so a test (or an
 * author) can see exactly what to rewrite.
 *
 * Words are compared in lower case, ignoring punctuation and Markdown syntax
 * (`**`, `[…](…)` brackets, list markers), so reformatting a copied sentence
 * does not hide it. Link addresses are left out: a URL is not prose.
 */

export interface Word {
  word: string;
  /** 1-based line of the text the word is on. */
  line: number;
}

export interface CopiedRun {
  /** 1-based line of the page where the run starts. */
  line: number;
  /** How many consecutive words the page shares with the source. */
  words: number;
  /** The shared words, lower case, separated by spaces. */
  text: string;
}

/** The default: a run this long is copying, not a shared phrase. */
export const COPIED_RUN_WORDS = 12;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
/** Link and image addresses, and bare URLs: not words a reader reads as prose. */
const ADDRESS = /\]\([^)]*\)|<?https?:\/\/\S+/g;

/** The words of a text in reading order, each with its line, lower case, apostrophes made straight. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  text.split(/\r?\n/).forEach((lineText, index) => {
    for (const match of lineText.replace(ADDRESS, ' ').matchAll(WORD)) {
      words.push({ word: match[0].toLowerCase().replace(/’/g, "'"), line: index + 1 });
    }
  });
  return words;
}

const key = (words: readonly Word[], start: number, length: number): string =>
  words.slice(start, start + length).map((w) => w.word).join(' ');

/**
 * Every maximal run of at least `minWords` consecutive words of `page` that also
 * appears, in the same order, in one of `sources`. Overlapping matches are merged
 * into one run, reported at the line it starts on.
 */
export function copiedRuns(page: string, sources: readonly string[], minWords = COPIED_RUN_WORDS): CopiedRun[] {
  if (!Number.isInteger(minWords) || minWords < 1) throw new RangeError(`minWords must be a whole number of 1 or more, not ${minWords}`);
  const shingles = new Set<string>();
  for (const source of sources) {
    const words = wordsOf(source);
    for (let i = 0; i + minWords <= words.length; i++) shingles.add(key(words, i, minWords));
  }
  const words = wordsOf(page);
  const runs: CopiedRun[] = [];
  let start = -1;
  let end = -1; // exclusive end of the current run
  const close = () => {
    if (start < 0) return;
    runs.push({ line: words[start].line, words: end - start, text: key(words, start, end - start) });
    start = -1;
  };
  for (let i = 0; i + minWords <= words.length; i++) {
    if (!shingles.has(key(words, i, minWords))) continue;
    if (start >= 0 && i <= end) end = i + minWords;
    else {
      close();
      start = i;
      end = i + minWords;
    }
  }
  close();
  return runs;
}
