/** What the team has agreed about service levels, incidents and support (point 14 and "Preparing for live support"). */
import { z } from 'astro/zod';
import { oneOf, strictObject, text } from '../fields.ts';
import { blank, blankList } from './blank.ts';
import { settings } from '../../settings.ts';
import { severityRange } from '../../lib/core/vocabulary.ts';

/** The severity vocabulary every service uses: `settings.operations.severityLevels`, most severe first. */
export const SEVERITY_LEVELS = settings.operations.severityLevels;
export const ROTA_ROLES = ['Support Lead', 'Support Engineer'] as const;

export const slo = strictObject({
  indicator: text('what is measured, such as "Requests served without error"'),
  target: text('the target, such as "99.5%"'),
  window: text('the period the target is measured over, such as "28 days"'),
});

export function severityFor(levels: readonly string[]) {
  return strictObject({
    level: oneOf(levels as [string, ...string[]], `the severity level, ${levels[0]} being the most severe`),
    definition: text('what makes an incident this severe'),
    responseTime: text('how quickly someone starts work on it, such as "30 minutes, 24 hours a day"'),
    communication: text('how the team tells users and stakeholders'),
    updateFrequency: text('how often updates go out, such as "every hour"'),
  });
}

/** Each level once: two definitions of P1 leave an on-call engineer guessing. */
function severitiesFor(levels: readonly string[]) {
  const what = `incident severity levels ${severityRange(levels)}, each with definition, responseTime, communication and updateFrequency`;
  return blankList(severityFor(levels), what).superRefine((severities, ctx) => {
    const seen = new Set<string>();
    severities.forEach((severity, index) => {
      if (seen.has(severity.level)) {
        ctx.addIssue({ code: 'custom', path: [index, 'level'], message: `lists ${severity.level} twice: define each of ${severityRange(levels)} once` });
      }
      seen.add(severity.level);
    });
  });
}

export const support = strictObject({
  hours: blank(text('support hours, such as "9am to 5pm, Monday to Friday"')),
  outOfHours: blank(text('what happens outside support hours')),
  onCall: blank(text('the on-call arrangement, or "No on-call"')),
});

export const rotaRole = strictObject({
  role: oneOf(ROTA_ROLES, 'the support role'),
  coveredBy: text('who covers it: the rota or group, such as "Developers on the weekly rota"'),
});

/** The service levels fields for a severity vocabulary; the site uses `settings.operations.severityLevels`. */
export function serviceLevelsShapeFor(levels: readonly string[]) {
  return {
    slos: blankList(slo, 'service level objectives, each with indicator, target and window'),
    sla: blank(text('the service level agreement: how incidents are declared, graded and communicated, or where it is recorded')),
    severities: severitiesFor(levels),
    support: blank(support),
    rota: blankList(rotaRole, 'the support rota: who covers the Support Lead and Support Engineer roles'),
  };
}

export const serviceLevelsShape = serviceLevelsShapeFor(SEVERITY_LEVELS);
export const severity = severityFor(SEVERITY_LEVELS);

/** Just the service levels fields, to check a vocabulary on its own (tests, editors). */
export function serviceLevelsSchema(levels: readonly string[]) {
  return strictObject(serviceLevelsShapeFor(levels));
}
