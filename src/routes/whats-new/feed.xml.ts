/** The What's new list as an Atom feed. */
import type { APIRoute } from 'astro';
import { settings } from '../../settings.ts';
import { atomFeed } from '../../lib/feeds/atom.ts';
import { publicUrl } from '../../base-path.ts';
import { FEED_PATH, WHATS_NEW_PATH } from '../../lib/feeds/whats-new.ts';
import { whatsNew } from '../../data/whats-new.ts';

export const GET: APIRoute = async () => {
  const body = atomFeed({
    title: `What's new - ${settings.name}`,
    subtitle: 'The pages added or reviewed most recently, newest first.',
    feedUrl: publicUrl(FEED_PATH),
    pageUrl: publicUrl(WHATS_NEW_PATH),
    author: settings.organisation,
    entries: (await whatsNew()).map((page) => ({ title: page.title, url: publicUrl(page.path), summary: page.description, updated: page.date, category: page.kind })),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
