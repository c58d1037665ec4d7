/** "Did you mean" suggestions for misspelt keys, enum values and ids. */

/** Levenshtein edit distance, case-insensitive. */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[y.length];
}

/**
 * The closest candidate, if it is close enough to be a likely typo:
 * at most a third of the word's length away (and never more than 3 edits),
 * or a candidate that starts with what was written.
 */
export function closest(value: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of [...candidates].sort()) {
    const distance = editDistance(value, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.min(3, Math.max(1, Math.floor(value.length / 3)));
  if (bestDistance <= limit) return best;
  const prefixMatch = [...candidates].sort().find((c) => value.length >= 3 && c.toLowerCase().startsWith(value.toLowerCase()));
  return prefixMatch ?? closestByWords(value, candidates);
}

/**
 * For hyphenated ids, the candidate sharing most words, when it shares more
 * than half of all the words the two use (`resend-claim-emails` →
 * `resend-funding-claim-emails`): a word left out or added is too many
 * edits for `editDistance` but an easy slip to make.
 */
function closestByWords(value: string, candidates: readonly string[]): string | undefined {
  const words = (text: string) => new Set(text.toLowerCase().split(/[-_]+/).filter(Boolean));
  const mine = words(value);
  if (mine.size < 2) return undefined;
  let best: string | undefined;
  let bestScore = 0.5;
  for (const candidate of [...candidates].sort()) {
    const theirs = words(candidate);
    const shared = [...mine].filter((word) => theirs.has(word)).length;
    const score = shared / new Set([...mine, ...theirs]).size;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** " Did you mean `x`?" or an empty string. */
export function didYouMean(value: string, candidates: readonly string[]): string {
  const match = closest(value, candidates);
  return match ? ` Did you mean \`${match}\`?` : '';
}
