// @ts-check
import { defineConfig } from 'astro/config';
import { opsManual } from 'ops-manual';

// Everything the site shows comes from content/ and its settings in content/settings.yaml.
export default defineConfig({
  integrations: [opsManual()],
});
