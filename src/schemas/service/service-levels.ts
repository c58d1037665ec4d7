/** What the team has agreed about service levels, incidents and support (point 14 and "Preparing for live support"). */
import { oneOf, strictObject, text } from '../fields.ts';
import { blank, blankList } from './blank.ts';

export const SEVERITY_LEVELS = ['P1', 'P2', 'P3'] as const;
export const ROTA_ROLES = ['Support Lead', 'Support Engineer'] as const;

export const slo = strictObject({
  indicator: text('what is measured, such as "Requests served without error"'),
  target: text('the target, such as "99.5%"'),
  window: text('the period the target is measured over, such as "28 days"'),
});

export const severity = strictObject({
  level: oneOf(SEVERITY_LEVELS, 'the severity level, P1 being the most severe'),
  definition: text('what makes an incident this severe'),
  responseTime: text('how quickly someone starts work on it, such as "30 minutes, 24 hours a day"'),
  communication: text('how the team tells users and stakeholders'),
  updateFrequency: text('how often updates go out, such as "every hour"'),
});

export const support = strictObject({
  hours: blank(text('support hours, such as "9am to 5pm, Monday to Friday"')),
  outOfHours: blank(text('what happens outside support hours')),
  onCall: blank(text('the on-call arrangement, or "No on-call"')),
});

export const rotaRole = strictObject({
  role: oneOf(ROTA_ROLES, 'the support role'),
  coveredBy: text('who covers it: the rota or group, such as "Developers on the weekly rota"'),
});

export const serviceLevelsShape = {
  slos: blankList(slo, 'service level objectives, each with indicator, target and window'),
  sla: blank(text('the service level agreement: how incidents are declared, graded and communicated, or where it is recorded')),
  severities: blankList(severity, 'incident severity levels P1 to P3, each with definition, responseTime, communication and updateFrequency'),
  support: blank(support),
  rota: blankList(rotaRole, 'the support rota: who covers the Support Lead and Support Engineer roles'),
};
