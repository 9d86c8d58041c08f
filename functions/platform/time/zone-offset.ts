import { InvalidInputError } from '#functions/platform/lambda/errors.ts';

/**
 * Offsets of IANA time zones from UTC, read from `Intl.DateTimeFormat` (no time zone table of our own).
 * Internal to the cycle calendar: use `localDateOf` and `instantAt` from `calendar.ts`.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Wall-clock parts of `instant` in `timeZone`; throws {@link InvalidInputError} for an unknown zone. */
function wallClock(instant: number, timeZone: string): number[] {
  let format = formatters.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch (error) {
      throw new InvalidInputError(`Unknown time zone: ${timeZone}`, { cause: error });
    }
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return [part('year'), part('month'), part('day'), part('hour'), part('minute'), part('second')];
}

/** Offset of `timeZone` from UTC at `instant`, in milliseconds (WIB: +7 h). */
export function offsetMs(instant: number, timeZone: string): number {
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0] = wallClock(instant, timeZone);
  return Date.UTC(year, month - 1, day, hour, minute, second) - Math.floor(instant / 1000) * 1000;
}

/** Throws {@link InvalidInputError} unless `timeZone` is an IANA zone this runtime knows. */
export function assertTimeZone(timeZone: string): void {
  wallClock(0, timeZone);
}
