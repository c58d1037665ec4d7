/**
 * A small seeded random source for the bench generators: the same seed gives
 * the same content, byte for byte, on every machine (xorshift32 over a hash of the seed).
 */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer from `low` to `high`, both included. */
  between(low: number, high: number): number;
  one<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** `count` different items, in random order. */
  some<T>(items: readonly T[], count: number): T[];
}

export function seeded(seed: string): Random {
  let state = 0x811c9dc5;
  for (const char of seed) state = Math.imul(state ^ char.charCodeAt(0), 0x01000193) >>> 0;
  if (state === 0) state = 1;
  const next = () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x100000000;
  };
  const between = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const one = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  return {
    next,
    between,
    one,
    chance: (probability) => next() < probability,
    some<T>(items: readonly T[], count: number) {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, Math.min(count, copy.length));
    },
  };
}

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
export const slugOf = (text: string) => text.toLowerCase().replace(/[^a-z0-9 -]/g, '').trim().replace(/\s+/g, '-');
