/**
 * `npm run review:report [-- --within 30d] [--json | --markdown] [--today YYYY-MM-DD]`
 *
 * Lists pages overdue for review and pages due soon, grouped by owning team,
 * straight from the content files (no build). Exits 1 when any page is
 * overdue, 2 when the content itself has problems. "Today" is `--today`, else
 * `OPS_MANUAL_TODAY`, else the real date: a report is about now, unlike a
 * page, which must not depend on when it was built.
 */
import { parseArgs } from 'node:util';
import { checkContent } from '../src/check/content-check.ts';
import { calendarDay, parseIsoDate } from '../src/lib/dates.ts';
import { formatReport, splitFindings } from '../src/lib/findings.ts';
import { indexPages } from '../src/lib/page-index.ts';
import { formatReviewReport, formatReviewReportMarkdown, reviewReport, reviewReportJson } from '../src/lib/review-report.ts';
import { parseWithin } from '../src/lib/review.ts';
import { pageUrl } from '../src/lib/page-url.ts';
import { settings } from '../src/settings.ts';

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

const { values } = parseArgs({
  options: {
    within: { type: 'string', default: '30d' },
    json: { type: 'boolean', default: false },
    markdown: { type: 'boolean', default: false },
    today: { type: 'string' },
  },
});

const within = parseWithin(values.within);
if (!within) fail(`--within must be a duration such as 30d, 6w, 3m or "30 days" (found "${values.within}")`);
const todayText = values.today ?? process.env.OPS_MANUAL_TODAY;
const today = todayText ? parseIsoDate(todayText) : calendarDay(new Date());
if (!today) fail(`--today (or OPS_MANUAL_TODAY) must be a date written YYYY-MM-DD (found "${todayText}")`);

const { entries, findings } = await checkContent();
const { errors } = splitFindings(findings);
if (errors.length > 0) fail(`${formatReport(errors)}\n\nFix the content problems (npm run check) before reporting on reviews.`);

const teamNames = new Map(entries.filter((e) => e.collection === 'teams').map((e) => [e.id, String(e.data.name)]));
const report = reviewReport(indexPages(entries, (id) => teamNames.get(id)), today, within);
const url = (path: string) => pageUrl(path, settings.base, settings.siteUrl);

if (values.json) console.log(JSON.stringify(reviewReportJson(report, url), null, 2));
else if (values.markdown) console.log(formatReviewReportMarkdown(report, url));
else console.log(formatReviewReport(report, url));
process.exitCode = report.overdueCount > 0 ? 1 : 0;
