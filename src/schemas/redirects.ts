/** `oldPaths`: addresses a page used to have, each published as a redirect to where it is now. */
import { list, text } from './fields.ts';

const SITE_PATH = /^\/(?:[a-z0-9][a-z0-9._~-]*\/)*$/;

export const redirectShape = {
  oldPaths: list(
    text('an address this page used to have').regex(SITE_PATH, {
      error: 'must be an old address on this site in lower case, starting and ending with /, such as /guidance/old-page-name/ (without the site\'s base path)',
    }),
    'the addresses this page used to have, such as [/guidance/old-page-name/], so old links and bookmarks still work',
  ).optional(),
};
