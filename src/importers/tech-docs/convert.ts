/**
 * Converts a whole GOV.UK Technical Documentation Template site into
 * guidance entries and team files, in memory: the import script reads the
 * files and writes the result. Everything that could not be converted is a
 * finding with the source file and line.
 */
import { stringify } from 'yaml';
import type { Finding } from '../../lib/core/findings.ts';
import { findSecrets } from '../../lib/safety/lint.ts';
import { parseContentFile } from '../../lib/content/frontmatter.ts';
import { entryPath } from '../../kinds/index.ts';
import { breakMissingAnchors, convertBody, firstSentence, type AnchorLink } from './body.ts';
import { parseMarkdownLinks } from '../../lib/links/markdown-links.ts';
import { DEFAULT_REVIEW_IN, mapFrontmatter, teamIdForSlack } from './frontmatter.ts';
import { entryIdFor, isPage, isPartial, oldAddresses, oldUrlOf, slugSegment } from './paths.ts';
import { sentenceCase } from '../../lib/core/sentence-case.ts';

export interface SourceFile {
  /** Path relative to the tech-docs site's root, such as source/documentation/setup.html.md.erb. */
  path: string;
  text: string;
}

export interface ExistingTeam {
  id: string;
  contact: string;
}

export interface ImportOptions {
  /** The section that the pages at the top of source/ (the home page among them) go into. */
  homeSection: string;
  /** Teams already in content/teams/, matched to owner_slack by their contact. */
  teams: ExistingTeam[];
  /** Team id for pages without owner_slack; a placeholder team is created when absent. */
  defaultOwner?: string;
  /** YYYY-MM-DD used for pages without a usable last_reviewed_on: the import date. */
  today: string;
  /** The site's data/ files, by name (data/site.yml is `site`), for `<%= data.site.x %>`. */
  data?: Record<string, unknown>;
}

/** A file the pages refer to, to copy into public/. */
export interface CopiedAsset {
  /** Path in the tech-docs site, such as source/images/diagram.png. */
  from: string;
  /** Path under public/, such as images/diagram.png. */
  to: string;
}

export interface OutputFile {
  /** Path relative to the content folder, such as guidance/setup/index.md. */
  path: string;
  text: string;
  /** The tech-docs file it came from, when there is one. */
  from?: string;
}

export interface ImportResult {
  files: OutputFile[];
  /** Images and other files that pages link to, to copy into public/. */
  assets: CopiedAsset[];
  findings: Finding[];
  /** Pages that could not be converted at all (each also has a finding). */
  notConverted: string[];
}

/** Without a weight, pages follow the weighted ones, in file order. */
const UNWEIGHTED_ORDER = 1000;
const PLACEHOLDER_OWNER = 'imported-pages-owner';

/** Finds a partial the way Middleman does: beside the page, then from source/, with or without the underscore. */
function partialReader(files: Map<string, string>, fromFile: string) {
  return (name: string) => {
    const folder = fromFile.split('/').slice(0, -1).join('/');
    const parts = name.replace(/^\/+/, '').split('/');
    const base = parts.pop()!;
    for (const root of [folder, 'source']) {
      const dir = [root, ...parts].join('/');
      for (const file of [`_${base}`, base]) {
        for (const ext of ['', '.md', '.html.md', '.md.erb', '.html.md.erb', '.erb', '.html.erb']) {
          const candidate = `${dir}/${file}${ext}`;
          const text = files.get(candidate);
          if (text !== undefined) return { file: candidate, text };
        }
      }
    }
    return undefined;
  };
}

/** What the steps of one import share: the options, the sources by path, and what they find and make. */
interface ImportRun {
  options: ImportOptions;
  byPath: Map<string, string>;
  findings: Finding[];
  notConverted: string[];
  files: OutputFile[];
  assets: Map<string, CopiedAsset>;
  /** Entry id by page path, for the pages that will be converted. */
  idOf: Map<string, string>;
  /** Each page's new site path by every address it had in the old site. */
  newPathByOldAddress: Map<string, string>;
  /** Sections (top folders) that have their own index page. */
  folderHasIndex: Set<string>;
  /** Each written page's #anchor links, by output path, checked once every page is written. */
  anchorLinksOf: Map<string, { links: AnchorLink[]; page: string; path: string }>;
  /** The owning team's id for a page's owner_slack, creating a team file when none matches. */
  ownerFor: (ownerSlack: string | undefined, page: string, line: number) => string;
  createdTeams: Map<string, OutputFile>;
}

export function importTechDocs(sources: readonly SourceFile[], options: ImportOptions): ImportResult {
  const findings: Finding[] = [];
  const createdTeams = new Map<string, OutputFile>();
  const run: ImportRun = {
    options,
    byPath: new Map(sources.map((file) => [file.path, file.text])),
    findings,
    notConverted: [],
    files: [],
    assets: new Map(),
    idOf: new Map(),
    newPathByOldAddress: new Map(),
    folderHasIndex: new Set(),
    anchorLinksOf: new Map(),
    ownerFor: teamResolver(options, findings, createdTeams),
    createdTeams,
  };
  const pages = sources.filter((file) => isPage(file.path)).sort((a, b) => a.path.localeCompare(b.path));
  placePages(run, pages);
  let position = 0;
  for (const page of pages) {
    if (!run.idOf.has(page.path)) continue;
    position += 1;
    convertPage(run, page, position);
  }
  addSectionIndexes(run);
  breakMissingAnchorLinks(run);
  removeSecrets(run);
  reportFilesLeftBehind(run, sources);
  run.files.push(...createdTeams.values());
  return { files: run.files, assets: [...run.assets.values()].sort((a, b) => a.from.localeCompare(b.from)), findings, notConverted: run.notConverted };
}

/** Where every page goes, so links between pages can follow them; a page that would take another's address is not converted. */
function placePages(run: ImportRun, pages: readonly SourceFile[]): void {
  const sourceById = new Map<string, string>();
  for (const page of pages) {
    const id = entryIdFor(page.path, run.options.homeSection);
    const clash = sourceById.get(id);
    if (clash) {
      run.findings.push({ file: page.path, line: 1, message: `would be published at the same address as ${clash} (${entryPath('guidance', id)}): it was not converted; rename one of them` });
      run.notConverted.push(page.path);
      continue;
    }
    sourceById.set(id, page.path);
    run.idOf.set(page.path, id);
    for (const address of oldAddresses(page.path)) run.newPathByOldAddress.set(address, entryPath('guidance', id));
  }
}

/** Matches owner_slack to a team by its contact, or creates a team file (a placeholder team when there is no owner_slack). */
function teamResolver(options: ImportOptions, findings: Finding[], createdTeams: Map<string, OutputFile>) {
  const teamIdByContact = new Map(options.teams.map((team) => [team.contact.toLowerCase(), team.id]));
  const knownTeamIds = new Set(options.teams.map((team) => team.id));
  return (ownerSlack: string | undefined, page: string, line: number): string => {
    if (!ownerSlack) {
      if (options.defaultOwner) return options.defaultOwner;
      if (!createdTeams.has(PLACEHOLDER_OWNER) && !knownTeamIds.has(PLACEHOLDER_OWNER)) {
        createdTeams.set(PLACEHOLDER_OWNER, {
          path: `teams/${PLACEHOLDER_OWNER}.yaml`,
          text: `# Created by import:tech-docs for pages that had no owner_slack. Give each page a real owner.\nname: Owner not known (imported pages)\ncontact: Not documented yet\n`,
        });
      }
      findings.push({ file: page, line, field: 'owner_slack', message: `is missing: \`owner\` was set to \`${PLACEHOLDER_OWNER}\`; give the page its real owning team (or pass --owner)` });
      return PLACEHOLDER_OWNER;
    }
    const wanted = ownerSlack.toLowerCase();
    for (const [contact, id] of teamIdByContact) {
      if (contact === wanted || contact.split(/[\s,;()]+/).includes(wanted)) return id;
    }
    let id = teamIdForSlack(ownerSlack);
    if (knownTeamIds.has(id)) id = `${id}-slack`;
    if (!createdTeams.has(id)) {
      createdTeams.set(id, {
        path: `teams/${id}.yaml`,
        text: `# Created by import:tech-docs from owner_slack ${JSON.stringify(ownerSlack)}. Give the team its real name.\n${stringify({ name: `${ownerSlack} (imported)`, contact: `${ownerSlack} on Slack` })}`,
      });
      findings.push({ file: page, line, field: 'owner_slack', message: `names ${ownerSlack}, which no team in content/teams/ has as its contact: created teams/${id}.yaml; give it the team's real name` });
    }
    return id;
  };
}

/** One page: its frontmatter mapped and completed, its body converted, written as a guidance entry. */
function convertPage(run: ImportRun, page: SourceFile, position: number): void {
  const { options, byPath, findings, assets } = run;
  const id = run.idOf.get(page.path)!;
  const report = (line: number, message: string, field?: string) => findings.push({ file: page.path, line, field, message });
  // A page may have no frontmatter at all: then the whole file is its body.
  const hasFrontmatter = /^---\r?\n/.test(page.text);
  const parsed = hasFrontmatter ? parseContentFile(page.text, false) : undefined;
  if (parsed && parsed.data === undefined) {
    for (const error of parsed.syntaxErrors) report(error.line, error.message);
    report(1, 'was not converted: fix its frontmatter and import again');
    run.notConverted.push(page.path);
    return;
  }
  const data = (parsed?.data ?? {}) as Record<string, unknown>;
  const lineOf = parsed?.lineOf ?? (() => 1);
  const body = parsed ? parsed.body : page.text;
  const bodyFirstLine = page.text.slice(0, page.text.length - body.length).split('\n').length;
  const mapped = mapFrontmatter(data);
  for (const problem of mapped.problems) report(lineOf(problem.key ? [problem.key] : []), problem.message, problem.key);

  const converted = convertBody(body, bodyFirstLine, {
    oldUrl: oldUrlOf(page.path),
    newPathFor: (oldPath) => run.newPathByOldAddress.get(oldPath),
    readPartial: partialReader(byPath, page.path),
    resolveErb: (expression) => resolveErb(expression, options.data ?? {}, data),
    assetFor: (oldPath) => {
      const from = `source${oldPath}`;
      if (!byPath.has(from) || isPage(from) || isPartial(from)) return undefined;
      if (NOT_PUBLISHED.test(from)) return { notPublished: 'PDF' };
      if (!ASSET.test(from)) return undefined;
      if (!assets.has(from)) assets.set(from, { from, to: oldPath.slice(1) });
      return oldPath;
    },
  });
  run.anchorLinksOf.set(`guidance/${id}.md`, { links: converted.anchorLinks, page: page.path, path: entryPath('guidance', id) });
  for (const problem of converted.problems) findings.push({ file: problem.file ?? page.path, line: problem.line, message: problem.message });

  const isIndex = id.endsWith('/index');
  if (isIndex) run.folderHasIndex.add(id.slice(0, -'/index'.length));
  const fileName = page.path.split('/').at(-1)!.replace(/\.html\.md(\.erb)?$/, '');
  let title = mapped.title ?? converted.heading;
  if (!title) {
    title = sentenceCase(slugSegment(fileName));
    report(1, `is missing and the page has no heading: it was set to "${title}"`, 'title');
  } else if (mapped.title && converted.heading && converted.heading !== mapped.title) {
    report(bodyFirstLine, `starts with the heading "${converted.heading}", which is not its title "${mapped.title}": the heading was removed and the title kept`);
  }
  let description = mapped.description;
  if (!description) {
    description = firstSentence(converted.markdown) ?? 'Not documented yet.';
    report(1, `is missing: it was set to the first sentence, "${description}"; check it says what the page helps the reader do`, 'description');
  }
  if (description.length > 200) {
    description = `${description.slice(0, 199).replace(/\s+\S*$/, '')}…`;
    report(lineOf(['description']), 'is over 200 characters: it was shortened; check it still reads well', 'description');
  }
  // A value that was there but unusable is already reported by mapFrontmatter.
  if (mapped.lastReviewed === undefined && !('last_reviewed_on' in data)) {
    report(1, `is missing: \`lastReviewed\` was set to the import date, ${options.today}; review the page and correct it`, 'last_reviewed_on');
  }
  if (mapped.reviewIn === undefined && !('review_in' in data)) {
    report(1, `is missing: \`reviewIn\` was set to "${DEFAULT_REVIEW_IN}"`, 'review_in');
  }
  const frontmatter: Record<string, unknown> = {
    title,
    description,
    order: mapped.order ?? (isIndex ? 0 : UNWEIGHTED_ORDER + position),
    lastReviewed: mapped.lastReviewed ?? options.today,
    reviewIn: mapped.reviewIn ?? DEFAULT_REVIEW_IN,
    owner: run.ownerFor(mapped.ownerSlack, page.path, 'owner_slack' in data ? lineOf(['owner_slack']) : 1),
  };
  if (mapped.hideInNavigation) frontmatter.hideInNavigation = true;
  if (mapped.oldPaths?.length) frontmatter.oldPaths = mapped.oldPaths;
  run.files.push({ path: `guidance/${id}.md`, from: page.path, text: `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${converted.markdown}` });
}

/** Every section needs a page to link to: a folder with no index page gets a short one. */
function addSectionIndexes(run: ImportRun): void {
  const { options, files } = run;
  const sections = new Set([...run.idOf.values()].map((id) => id.split('/')[0]));
  for (const section of [...sections].sort()) {
    if (run.folderHasIndex.has(section)) continue;
    const title = sentenceCase(section);
    files.push({
      path: `guidance/${section}/index.md`,
      text: `---\n${stringify({ title, description: `Guidance about ${title.toLowerCase()}.`, order: UNWEIGHTED_ORDER, lastReviewed: options.today, reviewIn: DEFAULT_REVIEW_IN, owner: options.defaultOwner ?? ownerOfSection(files, section) }, { lineWidth: 0 })}---\n\nThe pages in this section were imported from a technical documentation site.\n`,
    });
    run.findings.push({ file: `source/${section === options.homeSection ? '' : `${section}/`}`, line: 1, message: `has no index page: created guidance/${section}/index.md with a placeholder introduction; write what the section covers` });
  }
}

/** Links to #anchors the target page does not have become text with a TODO. */
function breakMissingAnchorLinks(run: ImportRun): void {
  const { files, anchorLinksOf } = run;
  const idsByPath = new Map(files.filter((f) => f.path.startsWith('guidance/')).map((f) => [anchorLinksOf.get(f.path)?.path ?? '', parseMarkdownLinks(f.text.replace(/^---\n[\s\S]*?\n---\n/, ''), false).anchors.ids]));
  for (const file of files) {
    const found = anchorLinksOf.get(file.path);
    if (!found?.links.length) continue;
    file.text = breakMissingAnchors(file.text, found.links, found.path, (path) => idsByPath.get(path), (link, message) =>
      run.findings.push({ file: link.file ?? found.page, line: link.line, message }),
    );
  }
}

/** Every file under source/ that was neither imported nor copied, so nothing is lost silently. */
function reportFilesLeftBehind(run: ImportRun, sources: readonly SourceFile[]): void {
  for (const file of sources) {
    if (isPage(file.path) || (isPartial(file.path) && file.path.startsWith('source/')) || run.assets.has(file.path)) continue;
    if (!file.path.startsWith('source/')) continue;
    run.findings.push({
      file: file.path,
      line: 1,
      message: NOT_PUBLISHED.test(file.path)
        ? 'was not copied: this site does not publish PDFs (they can carry script, and are hard to read on a phone); make the document a page, or link to where it is published'
        : ASSET.test(file.path)
          ? 'was not copied: no imported page links to it; if it is needed, copy it into public/ and link it'
          : 'was not converted: only Markdown pages (*.html.md, *.html.md.erb) and their partials are imported; copy or recreate it by hand',
    });
  }
}

/**
 * Files a page may show or offer for download, copied into public/ when a page links to them: the
 * kinds public/ may hold (lib/safety/assets/content-assets.ts, PUBLIC_FILE_TYPES).
 */
const ASSET = /\.(png|jpe?g|gif|svg|webp|csv)$/i;
/** Files this site never publishes: a PDF can carry script, and is hard to read on a phone mid-incident. */
const NOT_PUBLISHED = /\.pdf$/i;

/** What the importer writes instead of a secret: visible, and a placeholder to the content check. */
export const SECRET_PLACEHOLDER = 'SECRET_REMOVED_BY_IMPORT';

/** The source file and line a secret came from: the page itself, else the partial it was pasted from. */
function secretSource(run: ImportRun, page: string, secret: string): { file: string; line: number } {
  for (const [file, text] of [[page, run.byPath.get(page) ?? ''], ...run.byPath]) {
    const at = text.indexOf(secret);
    if (at >= 0) return { file, line: text.slice(0, at).split('\n').length };
  }
  return { file: page, line: 1 };
}

/**
 * Likely secrets, found by the content check's own rules (lib/safety/lint.ts), are replaced with a
 * visible placeholder so the import builds, and each is reported where the old site had it: the old
 * site published it, so it must be rotated, not just removed. A private key block goes whole.
 */
function removeSecrets(run: ImportRun): void {
  for (const file of run.files) {
    if (!file.from) continue;
    const report = (secret: string, message: string) =>
      run.findings.push({
        ...secretSource(run, file.from!, secret),
        message: `${message.split(': ')[0]}: it was replaced with \`${SECRET_PLACEHOLDER}\` in ${file.path}, so the page builds. The old site published it: rotate it (make a new one, revoke this one) and keep it in your secrets store`,
      });
    let lines = file.text.split('\n');
    // A private key: the whole block, from its BEGIN line to its END line.
    for (const found of findSecrets(file.text).filter((f) => f.kind === 'private key').reverse()) {
      const begin = found.line - 1;
      const end = lines.findIndex((line, index) => index >= begin && /-----END [A-Z0-9 ]{0,120}PRIVATE KEY( BLOCK)?-----/.test(line));
      report(lines[begin]!.slice(found.start, found.end), found.message);
      lines.splice(begin, (end < 0 ? begin : end) - begin + 1, `${lines[begin]!.slice(0, found.start)}${SECRET_PLACEHOLDER} (a private key)`);
    }
    const rest = findSecrets(lines.join('\n')).filter((f) => f.kind !== 'private key');
    for (const found of [...rest].reverse()) {
      const line = lines[found.line - 1]!;
      report(line.slice(found.start, found.end), found.message);
      lines[found.line - 1] = `${line.slice(0, found.start)}${SECRET_PLACEHOLDER}${line.slice(found.end)}`;
    }
    file.text = lines.join('\n');
  }
}

/** `data.site.tools_url`, `data.site["tools_url"]` or `current_page.data.owner`, as text; undefined when unknown or not text. */
export function resolveErb(expression: string, data: Record<string, unknown>, frontmatter: Record<string, unknown>): string | undefined {
  const match = /^(data|current_page\.data)((?:\.[A-Za-z_][\w]*|\[\s*(?::[A-Za-z_]\w*|"[^"]*"|'[^']*')\s*\])+)$/.exec(expression.trim());
  if (!match) return undefined;
  let value: unknown = match[1] === 'data' ? data : frontmatter;
  for (const [, dotted, bracketed] of match[2].matchAll(/\.([A-Za-z_]\w*)|\[\s*((?::[A-Za-z_]\w*|"[^"]*"|'[^']*'))\s*\]/g)) {
    const key = dotted ?? bracketed.replace(/^:|^["']|["']$/g, '');
    if (!value || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** The owner of a section's first page, for a generated section page. */
function ownerOfSection(files: readonly OutputFile[], section: string): string {
  const first = files.find((file) => file.path.startsWith(`guidance/${section}/`));
  return /\nowner: (\S+)\n/.exec(first?.text ?? '')?.[1] ?? PLACEHOLDER_OWNER;
}
