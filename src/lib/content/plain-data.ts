/**
 * Content data for machines (`services.json`, `checklists.json`, a checklist's
 * `answers.json`): the fields exactly as the schema defines them, with dates
 * written YYYY-MM-DD as authors write them, so each entry reads back through
 * the schema unchanged.
 */
import { formatIsoDate } from '../core/dates.ts';

export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

/** Dates to YYYY-MM-DD, recursively; everything else as JSON would write it. */
export function plainData(value: unknown): Plain {
  if (value instanceof Date) return formatIsoDate(value);
  if (Array.isArray(value)) return value.map(plainData);
  if (value && typeof value === 'object') {
    const result: { [key: string]: Plain } = {};
    for (const [key, inner] of Object.entries(value)) {
      if (inner !== undefined) result[key] = plainData(inner);
    }
    return result;
  }
  return value as Plain;
}
