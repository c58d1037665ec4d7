/** Field groups that several collections share: review dates, ownership and sources. */
import { z } from 'astro/zod';
import { calendarDate, duration, id, list, optionalText, strictObject, text, url } from './fields.ts';

export const reviewShape = {
  lastReviewed: calendarDate('the date someone last checked this page was right'),
  reviewIn: duration('how long until the next review, such as "6 months"').optional(),
  reviewBy: calendarDate('the date the next review is due').optional(),
};

/** Every reviewed page needs exactly one way of saying when it is next due. */
export function requireOneReviewDate(value: { reviewIn?: string; reviewBy?: Date }, ctx: z.RefinementCtx) {
  if (value.reviewIn && value.reviewBy) {
    ctx.addIssue({ code: 'custom', path: ['reviewBy'], message: 'cannot be used with `reviewIn`: keep one of them' });
  } else if (!value.reviewIn && !value.reviewBy) {
    ctx.addIssue({
      code: 'custom',
      path: ['reviewIn'],
      message: 'is required: how long until the next review, such as "6 months" (or give a `reviewBy` date)',
    });
  }
}

/** A team id from content/teams/. */
export function owner(what = 'the team that owns this page') {
  return id(`${what}: the id of a team in content/teams/, such as \`platform-team\``);
}

export const source = strictObject({
  title: text('the title of the source document'),
  publisher: text('who published the source'),
  url: url('where the source can be read').optional(),
  licence: text('the licence the source was published under, or "No licence stated"'),
});

/** Optional everywhere: a page written from the site's own knowledge credits nothing, and shows no Sources section. */
export const sources = list(source, 'the documents this page draws on, each with title, publisher and licence').default([]);

export const tags = list(
  id('a lower-case tag such as `incidents`'),
  'a list of lower-case tags such as [incidents, monitoring]',
);

export const description = text('one sentence saying what the page helps the reader do').refine((value) => value.length <= 200, {
  error: 'must be 200 characters or fewer: one sentence saying what the page helps the reader do',
});

export const optionalNote = optionalText;
