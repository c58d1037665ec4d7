/**
 * Validates built pages with html-validate's recommended rules (HTML
 * standard conformance plus WCAG-related markup rules). A rule is turned
 * off only with the reason beside it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';

export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // An SEO heuristic, not a conformance or accessibility rule. Titles follow GOV.UK's
    // "Page - Section - Service name" pattern, so a runbook title such as "Rebuild the
    // search index - Find mentor training - Operations manual" passes 70 characters by design.
    'long-title': 'off',
  },
};

// A static loader: the gate's rules come from here, never from a stray .htmlvalidate.json.
const validator = new HtmlValidate(new StaticConfigLoader(HTML_VALIDATE_CONFIG));

/** Every html-validate error in the pages, as `page:line:column message (rule)`. */
export async function htmlErrors(outDir: string, pages: string[]): Promise<string[]> {
  const errors: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(readFileSync(path.join(outDir, page), 'utf8'), page);
    for (const message of report.results.flatMap((result) => result.messages)) {
      if (message.severity >= 2) errors.push(`${page}:${message.line}:${message.column} ${message.message} (${message.ruleId})`);
    }
  }
  return errors;
}
