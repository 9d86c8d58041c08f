import { type CycleCalendar, instantAt } from '#functions/platform/time/calendar.ts';
import { addDays } from '#functions/platform/time/days.ts';

/**
 * The deadline of an obligation due on `due` (local `YYYY-MM-DD`): the end of that day in the city's
 * zone, i.e. its last millisecond, 23:59:59.999 local (23:59:59 when written to the second, as a
 * schedule's `at(...)` is). Anything from the next local midnight on is late.
 * @example deadlineInstant(defaultCalendar(2026), '2026-03-30') // 2026-03-30T16:59:59.999Z (WIB)
 */
export function deadlineInstant(calendar: CycleCalendar, due: string): Date {
  return new Date(instantAt(addDays(due, 1), '00:00', calendar.timeZone).getTime() - 1);
}

/** True when `now` is past the deadline of `due` (from the next local midnight on). */
export function isAfterDeadline(calendar: CycleCalendar, due: string, now: Date): boolean {
  return now.getTime() > deadlineInstant(calendar, due).getTime();
}

/** True when a submission made at `submittedAt` missed the deadline of `due` and is to be flagged late. */
export function isLate(calendar: CycleCalendar, due: string, submittedAt: Date): boolean {
  return isAfterDeadline(calendar, due, submittedAt);
}
