/**
 * Maps a tech-docs page's frontmatter to a guidance entry's fields, reporting
 * every key it cannot carry across and every value it had to fill in.
 */
import { parseIsoDate } from '../../lib/core/dates.ts';
import { parseDuration } from '../../lib/core/durations.ts';
import { redirectShape } from '../../schemas/redirects.ts';
import { redirectPathFor, slugSegment } from './paths.ts';

export interface FrontmatterProblem {
  /** The tech-docs key the problem is about. */
  key?: string;
  message: string;
}

export interface MappedFrontmatter {
  title?: string;
  description?: string;
  order?: number;
  lastReviewed?: string;
  reviewIn?: string;
  /** The Slack channel or user named by `owner_slack`. */
  ownerSlack?: string;
  hideInNavigation?: boolean;
  oldPaths?: string[];
  problems: FrontmatterProblem[];
}

/** Keys that only shaped the old site's layout: dropped, and said so. */
const LAYOUT_KEYS: Record<string, string> = {
  layout: 'the site has one layout for guidance',
  parent: 'the side navigation follows the folders',
  source_url: 'use `editUrl` to send "Edit this page" somewhere else',
  section: 'the section is the folder the page is in',
};

/** What `reviewIn` becomes when a page has no usable review_in. */
export const DEFAULT_REVIEW_IN = '6 months';

function asText(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}

export function mapFrontmatter(data: Record<string, unknown>): MappedFrontmatter {
  const mapped: MappedFrontmatter = { problems: [] };
  const problem = (key: string, message: string) => mapped.problems.push({ key, message });
  for (const [key, value] of Object.entries(data)) {
    switch (key) {
      case 'title':
        mapped.title = asText(value);
        if (!mapped.title) problem(key, 'is empty: the title came from the first heading or the file name');
        break;
      case 'description':
        mapped.description = asText(value);
        break;
      case 'weight':
        if (typeof value === 'number' && Number.isInteger(value)) mapped.order = value;
        else problem(key, `\`${String(value)}\` is not a whole number, so \`order\` was set by the page's place in its folder`);
        break;
      case 'last_reviewed_on': {
        const text = value instanceof Date ? value.toISOString().slice(0, 10) : asText(value);
        if (text && parseIsoDate(text)) mapped.lastReviewed = text;
        else problem(key, `\`${String(value)}\` is not a date written YYYY-MM-DD: \`lastReviewed\` was set to the import date; review the page and correct it`);
        break;
      }
      case 'review_in': {
        const text = asText(value);
        const duration = text ? parseDuration(text) : undefined;
        if (duration) mapped.reviewIn = `${duration.amount} ${duration.unit}${duration.amount === 1 ? '' : 's'}`;
        else problem(key, `\`${String(value)}\` is not a plain duration such as "6 months": \`reviewIn\` was set to "6 months"`);
        break;
      }
      case 'owner_slack':
        mapped.ownerSlack = asText(value);
        if (!mapped.ownerSlack) problem(key, 'is empty');
        break;
      case 'hide_in_navigation':
        if (typeof value === 'boolean') mapped.hideInNavigation = value;
        else problem(key, `\`${String(value)}\` is not true or false, so the page stays in the navigation`);
        break;
      case 'old_paths': {
        const paths = Array.isArray(value) ? value : [value];
        mapped.oldPaths = [];
        for (const oldPath of paths) {
          const text = asText(oldPath);
          const redirect = text ? redirectPathFor(text) : undefined;
          // The redirects schema decides what an old address on this site may be.
          if (redirect && redirectShape.oldPaths.safeParse([redirect]).success) {
            mapped.oldPaths.push(redirect);
            if (redirect !== text) problem(key, `\`${text}\` became \`${redirect}\`: this site redirects folder-style addresses; add a host redirect for the .html address if readers still use it`);
          } else problem(key, `\`${String(oldPath)}\` cannot be an address on this site, so it was left out of \`oldPaths\`; add a host redirect for it instead`);
        }
        if (mapped.oldPaths.length === 0) delete mapped.oldPaths;
        break;
      }
      default:
        problem(key, `has no equivalent here, so it was not carried across${LAYOUT_KEYS[key] ? `: ${LAYOUT_KEYS[key]}` : ''}`);
    }
  }
  return mapped;
}

/** A team id for an owner_slack value such as "#data-catalogue" or "@someone". */
export function teamIdForSlack(ownerSlack: string): string {
  return slugSegment(ownerSlack.replace(/^[#@]/, '')) || 'imported-owner';
}
