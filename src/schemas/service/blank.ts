/**
 * Service manuals keep every field in the file, even when the team has not
 * filled it in yet, so the gap stays visible. A field left empty (`hosting:`)
 * counts as "not documented yet": the same as leaving it out.
 */
import { z } from 'astro/zod';
import { list } from '../fields.ts';

export function blank<T extends z.ZodType>(inner: T) {
  return z.preprocess((value) => (value === null || value === '' ? undefined : value), inner.optional());
}

/** A list that may be left empty; always present in the data as an array. */
export function blankList<T extends z.ZodType>(item: T, what: string) {
  return z.preprocess((value) => (value === null ? [] : value), list(item, what).default([]));
}
