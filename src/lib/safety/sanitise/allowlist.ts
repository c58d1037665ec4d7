/**
 * The allowlist every piece of rendered content (Markdown, MDX) is held to:
 * the elements, attributes and URL schemes the site legitimately renders,
 * and nothing else. Anything not named here is removed by the sanitiser
 * (`sanitiseTree`), whatever the source lint said.
 */
import type { Schema } from 'hast-util-sanitize';

/** URL schemes a link may use; site-relative, `#fragment` and relative addresses have none and are always allowed. */
export const LINK_SCHEMES = ['https', 'mailto'] as const;

/** MDX components authors may use by name (src/components/mdx/index.ts); any other is unwrapped, its children kept. */
export const CONTENT_COMPONENTS = ['InsetText', 'WarningText'] as const;

const ARIA = ['ariaDescribedBy', 'ariaLabel', 'ariaLabelledBy', 'ariaHidden'];

/** Removed with everything inside them: their content is code, styling or a fallback, never reading text. */
const STRIPPED = ['script', 'style', 'template', 'noscript', 'title', 'textarea', 'select', 'iframe', 'object', 'embed', 'frame', 'frameset', 'noframes', 'noembed', 'xmp', 'plaintext', 'svg', 'math'];

export const contentSchema: Schema = {
  tagNames: [
    'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'code', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em',
    'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'input', 'ins', 'kbd', 'li', 'mark',
    'ol', 'p', 'pre', 'q', 's', 'samp', 'section', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody',
    'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
  ],
  attributes: {
    // GOV.UK classes, heading ids, footnote ids and ARIA on any allowed element. No style, no on*, no name.
    '*': ['className', 'id', 'lang', 'dir', 'title', ...ARIA],
    a: ['href', 'rel', 'hrefLang', 'dataFootnoteRef', 'dataFootnoteBackref'],
    img: ['src', 'alt', 'width', 'height'],
    // GFM task lists: a disabled checkbox, ticked or not.
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    // GFM table alignment, as an attribute the site's CSS styles (never a style attribute).
    th: [['align', 'left', 'center', 'right'], 'colSpan', 'rowSpan', 'scope'],
    td: [['align', 'left', 'center', 'right'], 'colSpan', 'rowSpan'],
    ol: ['start', 'reversed', 'type'],
    li: ['value'],
    section: ['dataFootnotes'],
    details: ['open'],
    time: ['dateTime'],
    blockquote: ['cite'],
    q: ['cite'],
    del: ['cite'],
    ins: ['cite'],
  },
  required: { input: { type: 'checkbox', disabled: true } },
  protocols: { href: [...LINK_SCHEMES], cite: ['https'], src: ['https'] },
  ancestors: { input: ['li'], tbody: ['table'], td: ['table'], th: ['table'], thead: ['table'], tfoot: ['table'], tr: ['table'] },
  // Ids are kept as written: footnotes already carry GitHub's `user-content-` prefix, and `name` is not allowed at all.
  clobber: [],
  clobberPrefix: '',
  strip: STRIPPED,
  allowComments: false,
  allowDoctypes: false,
};
