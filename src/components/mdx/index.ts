/**
 * Components authors can use by name in MDX, passed to every rendered entry's
 * <Content components>. The content check allows exactly these names
 * (src/lib/safety/content-safety/components.ts). Blockquotes and GitHub alerts
 * become GOV.UK inset and warning text in src/lib/markdown/callouts.ts, for
 * Markdown and MDX alike.
 */
import InsetText from './InsetText.astro';
import WarningText from './WarningText.astro';

export const proseComponents = {
  InsetText,
  WarningText,
};
