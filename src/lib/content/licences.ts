/**
 * Where a source's licence can be read, so the Sources box can link it. Only
 * licences with one official address are known: the Open Government Licence,
 * by the version the source names (v3 when it names none).
 */
const OGL = /\bopen government licen[cs]e\b(?:\s*(?:v|version)\s*(\d+)(?:\.0)?\b)?/i;
const OGL_VERSIONS = new Set(['1', '2', '3']);

export function licenceUrl(licence: string): string | undefined {
  const match = OGL.exec(licence);
  if (!match) return undefined;
  const version = match[1] ?? '3';
  return OGL_VERSIONS.has(version) ? `https://www.nationalarchives.gov.uk/doc/open-government-licence/version/${version}/` : undefined;
}
