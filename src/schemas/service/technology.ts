/** How to see the service working: status badges, dashboards, code and documentation. */
import { oneOf, strictObject, text, url } from '../fields.ts';
import { blank, blankList } from './blank.ts';

/** Operational links must be https: they are opened mid-incident, often from a phone on public Wi-Fi. */
export function link(what: string) {
  return blank(url(what, { httpsOnly: true }));
}

export const DASHBOARD_KINDS = [
  'application-performance',
  'database-performance',
  'logs',
  'uptime',
  'errors',
  'alerts',
  'analytics',
  'other',
] as const;

export const badge = strictObject({
  label: text('what the badge reports, such as "Code tests" or "Production deployment"'),
  text: blank(text('what the badge says, such as "Tests" or "Production"')),
  link: link('the page the badge opens, such as the pipeline run'),
  image: link('the address of the badge image, such as a GitHub Actions badge.svg'),
});

export const dashboard = strictObject({
  kind: oneOf(DASHBOARD_KINDS, 'what the dashboard shows'),
  tool: text('the tool that shows it, such as Grafana, Prometheus or Kibana'),
  url: link('the address of the dashboard'),
});

export const repository = strictObject({
  name: text('the repository name, such as your-org/apply-for-a-permit'),
  url: link('the address of the repository'),
});

export const documentationLink = strictObject({
  kind: text('what kind of document it is, such as "API docs" or "Architecture decision records"'),
  name: text('the name of the document or tool, such as "Swagger Docs"'),
  url: link('the address of the document'),
});

export const technologyShape = {
  badges: blankList(badge, 'status badges for the tests and each environment, each with a label'),
  dashboards: blankList(dashboard, 'dashboards, each with kind, tool and url'),
  repositories: blankList(repository, 'code repositories, each with name and url'),
  languages: blankList(text('a programming language, such as Ruby'), 'the programming languages, such as [Ruby, TypeScript]'),
  frameworks: blankList(text('a framework, such as Ruby on Rails'), 'the main frameworks, such as [Ruby on Rails]'),
  documentation: blankList(documentationLink, 'documentation links, each with kind, name and url'),
};
