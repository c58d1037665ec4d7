/**
 * `api/pages.json`: every reviewed page with its title, address (with the
 * base path, absolute when the site URL is set), review date and owner, for
 * monitors that alert on overdue reviews.
 */
import type { APIRoute } from 'astro';
import { publishedPages } from '../../data/pages.ts';
import { formatIsoDate } from '../../lib/core/dates.ts';
import { publicUrl } from '../../base-path.ts';

export const GET: APIRoute = async () => {
  const pages = (await publishedPages()).map((page) => {
    return {
      title: page.title,
      url: publicUrl(page.path),
      lastReviewed: formatIsoDate(page.lastReviewed),
      reviewBy: formatIsoDate(page.reviewBy),
      owner: page.owner,
      ownerName: page.ownerName,
    };
  });
  return new Response(`${JSON.stringify({ pages }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
