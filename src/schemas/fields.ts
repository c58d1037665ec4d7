/**
 * Field builders shared by every collection schema. Each takes `what`: a
 * plain description of what the author should write, which every error for
 * that field repeats, so a message always says how to fix it.
 */
import { z } from 'astro/zod';
import { parseIsoDate } from '../lib/core/dates.ts';
import { parseDuration } from '../lib/core/durations.ts';
import { didYouMean } from '../lib/core/suggest.ts';

type Issue = { input?: unknown; code?: string };

/** "is required: …" when missing, otherwise `otherwise`. */
function requiredOr(what: string, otherwise: string) {
  return (issue: Issue) => (issue.input === undefined ? `is required: ${what}` : `${otherwise}: ${what}`);
}

export function text(what: string) {
  return z
    .string({ error: requiredOr(what, 'must be text') })
    .trim()
    .min(1, { error: `must not be empty: ${what}` });
}

export function optionalText(what: string) {
  return text(what).optional();
}

/** Words, for descriptions with a length limit that readers and search results rely on. */
export function words(what: string, maxWords: number) {
  return text(what).refine((value) => value.split(/\s+/).length <= maxWords, {
    error: `must be ${maxWords} words or fewer: ${what}`,
  });
}

export function integer(what: string) {
  return z.number({ error: requiredOr(what, 'must be a whole number') }).int({ error: `must be a whole number: ${what}` });
}

export function flag(what: string) {
  return z.boolean({ error: requiredOr(what, 'must be true or false') });
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Lower-case words joined by hyphens, as used for ids and URLs. */
export function id(what: string) {
  return text(what).regex(ID, { error: `must be lower-case letters, digits and hyphens, such as \`my-team\`: ${what}` });
}

/**
 * A calendar date written YYYY-MM-DD. YAML turns unquoted dates into Date
 * objects (and silently rolls 2022-13-45 into 2023), so the content check
 * reads frontmatter with dates left as text and this accepts both forms.
 */
export function calendarDate(what: string) {
  return z.union([z.date(), z.string()], { error: requiredOr(what, 'must be a date written YYYY-MM-DD') }).transform((value, ctx) => {
    if (value instanceof Date) {
      if (!Number.isNaN(value.getTime())) return value;
    } else {
      const parsed = parseIsoDate(value);
      if (parsed) return parsed;
    }
    ctx.issues.push({
      code: 'custom',
      input: value,
      message: `must be a real date written YYYY-MM-DD, such as 2025-06-30: ${what}`,
    });
    return z.NEVER;
  });
}

export function duration(what: string) {
  return text(what).refine((value) => parseDuration(value) !== undefined, {
    error: `must be a plain duration such as "6 weeks", "3 months" or "1 year": ${what}`,
  });
}

export interface UrlOptions {
  /** Operational links (dashboards, status pages, repositories) must use https. */
  httpsOnly?: boolean;
}

/** An absolute web address. */
export function url(what: string, options: UrlOptions = {}) {
  return text(what).superRefine((value, ctx) => {
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: `must be a full web address starting https://: ${what}` });
      return;
    }
    const allowed = options.httpsOnly ? ['https:'] : ['https:', 'http:', 'mailto:'];
    if (!allowed.includes(parsed.protocol)) {
      ctx.addIssue({ code: 'custom', message: `must start with https:// (found ${parsed.protocol}): ${what}` });
    }
  });
}

/** One of a fixed list, with the list and a suggestion in the message. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (issue: Issue) => {
      if (issue.input === undefined) return `is required: ${what}. Allowed values: ${values.join(', ')}`;
      const found = String(issue.input);
      return `must be one of: ${values.join(', ')} (found \`${found}\`).${didYouMean(found, values)}`;
    },
  });
}

export function list<T extends z.ZodType>(item: T, what: string) {
  return z.array(item, { error: requiredOr(what, 'must be a list') });
}

/**
 * An object that rejects unknown keys, so a misspelling such as `ower:`
 * fails instead of silently dropping the value.
 */
export function strictObject<S extends z.core.$ZodLooseShape>(shape: S) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue: Issue & { keys?: string[] }) => {
      if (issue.code !== 'unrecognized_keys' || !issue.keys) return undefined;
      return issue.keys
        .map((key) => `has an unknown field \`${key}\`.${didYouMean(key, known)} Allowed fields: ${known.join(', ')}`)
        .join('; ');
    },
  });
}
