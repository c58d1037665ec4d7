/** How the team knows a change is safe: the test strategy, security and performance testing. */
import { strictObject, text } from '../fields.ts';
import { blank } from './blank.ts';

export const testing = strictObject({
  changes: blank(text('how general changes are tested before release')),
  regression: blank(text('the regression testing run after releases and major changes')),
  smoke: blank(text('the smoke tests that give basic validation of the system')),
  security: blank(text('security testing: what is tested, how and how often')),
  performance: blank(text('performance testing: what is tested, how and how often')),
});

export const testingShape = {
  testing: blank(testing),
};
