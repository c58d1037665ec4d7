/** Other names a service answers to in search: acronyms, former names, what people call it in chat. */
import { list, text } from './fields.ts';

const WHAT = 'other names readers search for, such as acronyms and former names: [CPD, "Old service name"]';

export const aliases = list(
  text('an acronym or former name of the service, such as CPD').refine((value) => value.length <= 60, {
    error: 'must be 60 characters or fewer: an acronym or former name of the service, such as CPD',
  }),
  WHAT,
).optional();
