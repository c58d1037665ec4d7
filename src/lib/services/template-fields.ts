/**
 * Turning the service manual template into a new service's file: the id
 * from the name, and the name, owner and review date written into the
 * frontmatter with every comment kept.
 */
import { stringify } from 'yaml';

/** "Check a teacher's record" → "check-a-teachers-record". */
export function serviceIdFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A YAML scalar for a value, quoted only when YAML needs it. */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trim();
}

/**
 * Sets top-level frontmatter fields that already exist in the template,
 * keeping each line's comment (and its column, where the value fits).
 */
export function setTemplateFields(template: string, values: Record<string, string>): string {
  const end = template.indexOf('\n---', 4);
  if (!template.startsWith('---') || end === -1) throw new Error('The template has no frontmatter between --- lines');
  let frontmatter = template.slice(0, end);
  for (const [key, value] of Object.entries(values)) {
    const line = new RegExp(`^(${key}:)([ \\t]*)([^#\\n]*?)([ \\t]*#.*)?$`, 'm');
    if (!line.test(frontmatter)) throw new Error(`The template has no top-level \`${key}:\` line`);
    frontmatter = frontmatter.replace(line, (whole: string, label: string, gap: string, old: string, comment = '') => {
      const width = gap.length + old.length + (comment.match(/^[ \t]*/)?.[0].length ?? 0);
      const written = ` ${scalar(value)}`;
      const padding = comment ? ' '.repeat(Math.max(1, width - written.length)) : '';
      return `${label}${written}${padding}${comment.trimStart()}`;
    });
  }
  return frontmatter + template.slice(end);
}
