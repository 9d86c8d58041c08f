import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import type { Bilingual } from '#functions/platform/text/bilingual.ts';
import { addDays, isoWeekday, utcMidnight } from './days.ts';
import { indonesia2026 } from './holidays-2026.ts';
import { assertTimeZone, offsetMs, wallTimeOf } from './zone-offset.ts';
import { defaultTimeZone } from './zones.ts';

/** A day off in the calendar: a national holiday or a collective leave day (cuti bersama). */
export interface CalendarDay {
  /** Local calendar date, `YYYY-MM-DD`. */
  readonly date: string;
  readonly name: Bilingual;
}

/** The working calendar of one cycle: a city's evaluation year in its own time zone. */
export interface CycleCalendar {
  /** IANA zone of the city: `Asia/Jakarta` (WIB), `Asia/Makassar` (WITA) or `Asia/Jayapura` (WIT). */
  readonly timeZone: string;
  readonly year: number;
  /** National holidays (libur nasional). */
  readonly holidays: readonly CalendarDay[];
  /** Collective leave days (cuti bersama): no work for civil servants, so no reminders either. */
  readonly collectiveLeave: readonly CalendarDay[];
  /** ISO weekdays that are worked, 1 = Monday .. 7 = Sunday; `[1, 2, 3, 4, 5]` by default. */
  readonly workingWeekdays: readonly number[];
}

const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

const daysOff = new WeakMap<CycleCalendar, ReadonlySet<string>>();

function daysOffOf(calendar: CycleCalendar): ReadonlySet<string> {
  let set = daysOff.get(calendar);
  if (!set) {
    set = new Set([...calendar.holidays, ...calendar.collectiveLeave].map((day) => day.date));
    daysOff.set(calendar, set);
  }
  return set;
}

/** True when `date` is a working weekday of the calendar and neither a holiday nor a collective leave day. */
export function isWorkingDay(calendar: CycleCalendar, date: string): boolean {
  return calendar.workingWeekdays.includes(isoWeekday(date)) && !daysOffOf(calendar).has(date);
}

/** Longest run of days off searched before giving up: a calendar without a working day in a year is broken. */
const maxSearchDays = 366;

/** `date` itself when it is a working day, else the closest working day before it. */
export function previousWorkingDay(calendar: CycleCalendar, date: string): string {
  for (let day = date, i = 0; i <= maxSearchDays; day = addDays(day, -1), i++) {
    if (isWorkingDay(calendar, day)) return day;
  }
  throw new InvalidInputError(`No working day in the ${maxSearchDays} days up to ${date}`);
}

/** The `n`-th working day strictly after `date` (`n` >= 1); `date` itself need not be a working day. */
export function addWorkingDays(calendar: CycleCalendar, date: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new InvalidInputError(`Not a positive whole number: ${n}`);
  let day = date;
  for (let found = 0, searched = 0; found < n; searched++) {
    if (searched > maxSearchDays * n) throw new InvalidInputError(`No working day after ${date}`);
    day = addDays(day, 1);
    if (isWorkingDay(calendar, day)) found++;
  }
  return day;
}

/** The local calendar date (`YYYY-MM-DD`) of `instant` in `timeZone`. */
export function localDateOf(instant: Date, timeZone: string): string {
  return wallTimeOf(instant, timeZone).slice(0, 10);
}

/**
 * The instant at which the wall clocks of `timeZone` show `time` (`HH:MM`, 24-hour) on `date`.
 *
 * @remarks Works for any IANA zone, with or without daylight saving time (offsets come from
 * `Intl.DateTimeFormat`). Indonesian zones have no DST; elsewhere a wall-clock time that a DST change
 * skips or repeats resolves to one instant near it.
 * @example instantAt('2026-03-17', '08:00', 'Asia/Jayapura') // 2026-03-16T23:00:00.000Z
 */
export function instantAt(date: string, time: string, timeZone: string): Date {
  const match = timePattern.exec(time);
  if (!match) throw new InvalidInputError(`Not a time of day (HH:MM): ${time}`);
  const local = utcMidnight(date) + (Number(match[1]) * 60 + Number(match[2])) * 60_000;
  const guess = local - offsetMs(local, timeZone);
  return new Date(local - offsetMs(guess, timeZone));
}

/** Holiday data per year, from each year's joint ministerial decree (SKB 3 Menteri). */
const holidaysByYear: ReadonlyMap<number, Pick<CycleCalendar, 'holidays' | 'collectiveLeave'>> = new Map([
  [2026, indonesia2026],
]);

/** True when Siklus ships Indonesia's national holidays and collective leave days for `year`. */
export function hasHolidayData(year: number): boolean {
  return holidaysByYear.has(year);
}

/**
 * The calendar of a cycle with Indonesia's holidays for `year`, Monday to Friday working days.
 *
 * @remarks Warning: only 2026 holiday data is known. For any other year the holiday and collective
 * leave lists are empty, so reminders may land on days off: check {@link hasHolidayData} and have an
 * admin enter that year's decree before the cycle starts.
 */
export function defaultCalendar(year: number, timeZone = defaultTimeZone): CycleCalendar {
  assertTimeZone(timeZone);
  const data = holidaysByYear.get(year);
  return {
    timeZone,
    year,
    holidays: data?.holidays ?? [],
    collectiveLeave: data?.collectiveLeave ?? [],
    workingWeekdays: [1, 2, 3, 4, 5],
  };
}
