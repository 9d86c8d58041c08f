import { InvalidInputError } from '#functions/platform/lambda/errors.ts';

/*
 * Calendar dates (`YYYY-MM-DD`, a local date of a city) and the arithmetic on them. A date is
 * reckoned as its midnight in UTC, so that adding days never meets a zone offset.
 */

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayMs = 86_400_000;

/**
 * Milliseconds since the epoch of `date` at 00:00 UTC. The one reading of a calendar date:
 * formatting and day arithmetic both start here.
 * @throws InvalidInputError unless `date` is a real `YYYY-MM-DD` (no 30 February).
 */
export function utcMidnight(date: string): number {
  const match = datePattern.exec(date);
  // setUTCFullYear, unlike Date.UTC, keeps years 0-99 as they are written.
  const ms = match
    ? new Date(0).setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
    : Number.NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new InvalidInputError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  }
  return ms;
}

/** The calendar date `n` days after `date` (before it when `n` is negative); `YYYY-MM-DD` in, `YYYY-MM-DD` out. */
export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new InvalidInputError(`Not a whole number of days: ${n}`);
  return new Date(utcMidnight(date) + n * dayMs).toISOString().slice(0, 10);
}

/** ISO weekday of a calendar date: 1 = Monday .. 7 = Sunday. */
export function isoWeekday(date: string): number {
  return new Date(utcMidnight(date)).getUTCDay() || 7;
}
