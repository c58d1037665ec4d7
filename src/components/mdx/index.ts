/**
 * Components authors can use by name in MDX, and HTML elements mapped to
 * GOV.UK components, passed to every rendered entry's <Content components>.
 */
import InsetText from './InsetText.astro';
import WarningText from './WarningText.astro';

export const proseComponents = {
  InsetText,
  WarningText,
  // A Markdown blockquote in MDX becomes GOV.UK inset text.
  blockquote: InsetText,
};
