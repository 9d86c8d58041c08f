import * as z from 'zod/mini';
import { localDate, positiveInt } from '#functions/platform/input/primitives.ts';

/*
 * The inputs of the visits' commands, one strict schema each, read with `parseInput` by the API
 * and the pages alike. The city is never an input: it is the caller's; the OPD and the year are
 * the path's.
 */

const text = (max: number) => z.string().check(z.maxLength(max), z.regex(/\S/));
const time = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

/** A date for the visit: a working day inside the window, its start and end time, and the place. */
export const proposeVisitBody = z.strictObject({
  /** The revision of the visit the caller read. */
  revision: positiveInt,
  date: localDate,
  start: time,
  end: time,
  place: text(300),
  note: z.optional(text(500)),
});

/** The other side agrees to the date proposed. */
export const confirmVisitBody = z.strictObject({ revision: positiveInt });

/**
 * What the team found of one indicator of the OPD's self-assessment: what it observed, the level
 * it verified on site (1-5) and, when that level differs from the one verified at the desk (or,
 * unverified, from the one claimed), why.
 */
export const recordFindingBody = z.strictObject({
  /** The revision of the OPD's review the caller read. */
  revision: positiveInt,
  indicator: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,62}$/)),
  observed: text(2000),
  level: z.literal([1, 2, 3, 4, 5]),
  reason: z.optional(text(1000)),
});
