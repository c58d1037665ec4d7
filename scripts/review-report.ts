/**
 * `npm run review:report [-- --within 30d] [--owner <team>] [--json | --markdown] [--today YYYY-MM-DD]`
 *
 * Lists pages overdue for review and pages due soon, grouped by owning team,
 * straight from the content files (no build). Exits 1 when any page is
 * overdue, 2 when the content itself has problems or an option is wrong.
 * "Today" is `--today`, else `OPS_MANUAL_TODAY`, else the real date (UTC):
 * a report is about now, unlike a page, which must not depend on when it was
 * built. Every format says which date it judged by.
 */
import { parseArgs } from 'node:util';
import { checkContent } from '../src/check/content-check.ts';
import { calendarDay, formatIsoDate, parseIsoDate } from '../src/lib/core/dates.ts';
import { failures, formatReport } from '../src/lib/core/findings.ts';
import { indexPages } from '../src/kinds/page-index.ts';
import { formatReviewReport, formatReviewReportMarkdown, reviewReport, reviewReportJson } from '../src/lib/review/review-report.ts';
import { parseWithin } from '../src/lib/core/durations.ts';
import { pageUrl } from '../src/lib/routes/page-url.ts';
import { didYouMean } from '../src/lib/core/suggest.ts';
import { settings } from '../src/settings.ts';
import { formatRunbooksDue, runbooksDueATest, testPeriod } from '../src/lib/incidents/runbook-tests.ts';
import { runbookPath } from '../src/lib/services/routes.ts';

const USAGE = 'Usage: npm run -s review:report -- [--within 30d] [--owner <team-id>] [--json | --markdown] [--today YYYY-MM-DD]';

const HELP = `${USAGE}

Lists pages overdue for review, and pages due soon, by the team that owns them,
straight from the content files. Exits 0 when nothing is overdue, 1 when a page
is overdue, 2 when the content has problems or an option is wrong.

  --within <duration>  how far ahead "due soon" looks: 30d (default), 6w, 3m, 1y or "45 days"
  --owner <team-id>    only pages owned by this team (a file name in content/teams/)
  --json               JSON for monitors and scripts
  --markdown           Markdown, as the weekly review issue uses
  --today YYYY-MM-DD   judge by this date; else OPS_MANUAL_TODAY; else today's date (UTC)
  --help               show this help

Use npm run -s (silent) when you pipe the output, so npm's banner stays out of it:
  npm run -s review:report -- --json | python3 -m json.tool`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      within: { type: 'string', default: '30d' },
      owner: { type: 'string' },
      json: { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
} catch (error) {
  // parseArgs explains the option in its first sentence; the stack trace helps nobody.
  fail(`review:report: ${(error as Error).message.split(/\n|\. /)[0]}. ${USAGE} (--help explains each)`);
}
const { values } = parsed;
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
if (values.json && values.markdown) fail(`review:report: choose one of --json and --markdown. ${USAGE}`);

const within = parseWithin(values.within);
if (!within) fail(`--within must be a duration such as 30d, 6w, 3m or "30 days" (found "${values.within}")`);
const todayText = values.today ?? process.env.OPS_MANUAL_TODAY;
const today = todayText ? parseIsoDate(todayText) : calendarDay(new Date());
if (!today) fail(`--today (or OPS_MANUAL_TODAY) must be a date written YYYY-MM-DD (found "${todayText}")`);
const judgedBy = values.today ? 'the date given with --today' : todayText ? 'the date set in OPS_MANUAL_TODAY' : "today's date (UTC)";

const { entries, findings } = await checkContent();
if (failures(findings).length > 0) fail(`${formatReport(findings)}\n\nFix the content problems (npm run check) before reporting on reviews.`);

const teamNames = new Map(entries.filter((e) => e.collection === 'teams').map((e) => [e.id, String(e.data.name)]));
if (values.owner !== undefined && !teamNames.has(values.owner)) {
  const known = [...teamNames.keys()].sort();
  fail(`--owner names \`${values.owner}\`, which is not in content/teams/.${didYouMean(values.owner, known)} Known: ${known.join(', ')}`);
}
const report = reviewReport(indexPages(entries, (id) => teamNames.get(id)), today, within, { owner: values.owner, judgedBy });
const url = (path: string) => pageUrl(path, settings.base, settings.siteUrl);
const serviceNames = new Map(entries.filter((e) => e.collection === 'services').map((e) => [e.id, String(e.data.name)]));
const runbooksDue = runbooksDueATest(
  entries
    .filter((e) => e.collection === 'runbooks')
    .map((e) => ({
      title: String(e.data.title),
      path: runbookPath(String(e.data.service), e.id),
      serviceName: serviceNames.get(String(e.data.service)) ?? String(e.data.service),
      lastTested: e.data.lastTested as Date | undefined,
    })),
  today,
  testPeriod(settings.operations.runbookTestPeriod),
);
const runbookLines = formatRunbooksDue(runbooksDue, settings.operations.runbookTestPeriod, url);

if (values.json) {
  const runbooks = runbooksDue.map((r) => ({ title: r.title, service: r.serviceName, url: url(r.path), lastTested: r.lastTested ? formatIsoDate(r.lastTested) : null }));
  console.log(JSON.stringify({ ...reviewReportJson(report, url), runbooksDueATest: runbooks }, null, 2));
} else if (values.markdown) {
  const items = runbooksDue.map((r) => `- [ ] ${r.lastTested ? r.test.label : '**Never tested**'}: [${r.title}](${url(r.path)}) (${r.serviceName})`);
  console.log([formatReviewReportMarkdown(report, url), '', `## Run books due a test (every ${settings.operations.runbookTestPeriod})`, '', ...(items.length ? items : [runbookLines[0]])].join('\n'));
} else {
  console.log([formatReviewReport(report, url), '', ...runbookLines].join('\n'));
}
process.exitCode = report.overdueCount > 0 ? 1 : 0;
