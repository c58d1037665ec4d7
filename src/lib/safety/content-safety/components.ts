/**
 * The components authors may write in MDX, by name. src/components/mdx/index.ts
 * passes the same components to every page (a unit test keeps the two in step).
 */
export const CONTENT_COMPONENTS = ['InsetText', 'WarningText'] as const;
