/**
 * A service's aliases (acronyms, former names) must each lead to one
 * service: an alias shared with another service, or equal to another
 * service's name or id, would send a reader mid-incident to the wrong manual.
 */
import type { Finding } from '../core/findings.ts';

export interface AliasedService {
  id: string;
  file: string;
  data: Record<string, unknown>;
  lineOf: (path: readonly PropertyKey[]) => number;
}

const key = (name: string) => name.trim().toLowerCase();

export function checkAliases(services: readonly AliasedService[]): Finding[] {
  // Every name each service is known by, so an alias can be checked against all of them.
  const owners = new Map<string, { file: string; what: string }[]>();
  const claim = (name: string, file: string, what: string) => owners.set(key(name), [...(owners.get(key(name)) ?? []), { file, what }]);
  for (const service of services) {
    claim(service.id, service.file, 'id');
    if (typeof service.data.name === 'string') claim(service.data.name, service.file, 'name');
  }
  const aliasesOf = (service: AliasedService) => (Array.isArray(service.data.aliases) ? (service.data.aliases as unknown[]) : []);
  for (const service of services) aliasesOf(service).forEach((alias) => typeof alias === 'string' && claim(alias, service.file, 'alias'));

  const findings: Finding[] = [];
  for (const service of services) {
    const seen = new Set<string>();
    aliasesOf(service).forEach((alias, index) => {
      if (typeof alias !== 'string') return;
      const field = `aliases[${index}]`;
      const line = service.lineOf(['aliases', index]);
      if (seen.has(key(alias))) {
        findings.push({ file: service.file, line, field, message: `repeats \`${alias}\`: list each other name once` });
        return;
      }
      seen.add(key(alias));
      const own = owners.get(key(alias))?.filter((owner) => owner.file === service.file && owner.what !== 'alias');
      if (own?.length) {
        findings.push({ file: service.file, line, field, message: `\`${alias}\` is already this service's ${own[0]!.what}: list only other names` });
      }
      const other = owners.get(key(alias))?.find((owner) => owner.file !== service.file);
      if (other) {
        findings.push({
          file: service.file,
          line,
          field,
          message: `\`${alias}\` is also the ${other.what} of the service in ${other.file}: an alias must lead to one service, so remove it from one of them`,
        });
      }
    });
  }
  return findings;
}
