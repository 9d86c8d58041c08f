import { dateTimeFormat, formatParts } from './formats.ts';

/**
 * Offsets of IANA time zones from UTC, read from `Intl.DateTimeFormat` (no time zone table of our
 * own). The calendar converts with them (`localDateOf`, `instantAt`), schedules write their wall
 * time with them, and dates are formatted in a city's zone with them.
 */

/** Every part as a number, and the offset as ICU names it (`GMT+7`); the English formatter has Latin digits. */
const wallClockOptions = {
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  timeZoneName: 'shortOffset',
} as const;

/** The wall clock of `timeZone` at `instant`, read as if it were UTC, and the zone's offset name there. */
function wallClock(instant: number, timeZone: string): { asUtc: number; offsetName: string } {
  const part = formatParts(dateTimeFormat('en', timeZone, wallClockOptions), instant);
  const n = (type: Intl.DateTimeFormatPartTypes) => Number(part(type));
  return {
    asUtc: Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second')),
    offsetName: part('timeZoneName'),
  };
}

/** Offset of `timeZone` from UTC at `instant`, in milliseconds (WIB: +7 h). */
export function offsetMs(instant: number, timeZone: string): number {
  return wallClock(instant, timeZone).asUtc - Math.floor(instant / 1000) * 1000;
}

/** The offset of `timeZone` at `instant` as a name: `GMT+10`, `GMT+5:30`, `GMT-3`. */
export function offsetName(instant: Date, timeZone: string): string {
  return wallClock(instant.getTime(), timeZone).offsetName;
}

/**
 * The wall time of `timeZone` at `instant`, ISO 8601 without a zone: `2026-11-13T23:59:59.999`.
 * Its first ten characters are the local date.
 */
export function wallTimeOf(instant: Date, timeZone: string): string {
  const ms = instant.getTime();
  return new Date(ms + offsetMs(ms, timeZone)).toISOString().slice(0, 23);
}

/** Throws `InvalidInputError` unless `timeZone` is an IANA zone this runtime knows. */
export function assertTimeZone(timeZone: string): void {
  wallClock(0, timeZone);
}
