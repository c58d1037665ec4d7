// Plain `tsc` (used by `npm run typecheck`) does not read .astro files; the Astro
// language server does. This lets TypeScript modules import Astro components.
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}
