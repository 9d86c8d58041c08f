import * as z from 'zod/mini';
import { DomainError, type FieldError } from '#functions/platform/errors/domain-errors.ts';
import { type CycleCalendar, isWorkingDay } from '#functions/platform/time/calendar.ts';
import { formatDay, formatLongDate } from '#functions/platform/time/dates.ts';

/*
 * The inputs of an admin's changes to an obligation (a new due date, a waiver's reason), each
 * checked by one schema for every caller (the API, the pages and the CLI: the use cases parse
 * with it themselves), then, for a due date, the rules of its cycle. Kept apart from the use
 * cases so that the OpenAPI function can describe the bodies without loading the store.
 */

/** Body of `POST /api/obligations/{obligationId}/move`. */
export const moveObligationBody = z.strictObject({
  /** The new local due date, `YYYY-MM-DD`, a real one (no 30 February): a working day of the cycle. */
  due: z.iso.date(),
});
export type MoveObligationBody = z.infer<typeof moveObligationBody>;

/** Body of `POST /api/obligations/{obligationId}/waive`: why, in 5 to 500 characters (trimmed). */
export const waiveObligationBody = z.strictObject({
  reason: z.string().check(z.trim(), z.minLength(5), z.maxLength(500)),
});
export type WaiveObligationBody = z.infer<typeof waiveObligationBody>;

/** What a due date is checked against: the cycle's year and working calendar, and today's date. */
export interface DueDateContext {
  year: number;
  calendar: CycleCalendar;
  /** Today's local date in the cycle's time zone. */
  today: string;
}

const problem = (code: string, id: string, en: string): FieldError => ({
  path: 'due',
  code,
  message: { id, en },
});

/**
 * Every rule of the cycle that `due` breaks, each as a field error on `due` that names it:
 * within the cycle's year or the next (`outside_cycle_years`), today or later (`before_today`),
 * a working day (`not_working_day`). A date outside those years is checked no further: the
 * cycle's calendar says nothing about it.
 */
export function dueDateProblems(context: DueDateContext, due: string): FieldError[] {
  const year = Number(due.slice(0, 4));
  if (year !== context.year && year !== context.year + 1) {
    return [
      problem(
        'outside_cycle_years',
        `Tenggat ${formatDay(due, 'id')} harus berada pada tahun siklus ${context.year} atau ${context.year + 1}.`,
        `The due date ${formatDay(due, 'en')} must fall in the cycle's year ${context.year} or ${context.year + 1}.`,
      ),
    ];
  }
  const problems: FieldError[] = [];
  if (due < context.today) {
    problems.push(
      problem(
        'before_today',
        `Tenggat ${formatLongDate(due, 'id')} sudah lewat; pilih hari ini (${formatLongDate(context.today, 'id')}) atau sesudahnya.`,
        `The due date ${formatLongDate(due, 'en')} has passed; choose today (${formatLongDate(context.today, 'en')}) or later.`,
      ),
    );
  }
  if (!isWorkingDay(context.calendar, due)) {
    problems.push(
      problem(
        'not_working_day',
        `Tenggat ${formatLongDate(due, 'id')} bukan hari kerja (akhir pekan, libur nasional, atau cuti bersama).`,
        `The due date ${formatLongDate(due, 'en')} is not a working day (a weekend, a national holiday or collective leave).`,
      ),
    );
  }
  return problems;
}

/**
 * Throws 400 `invalid_due_date` unless `due` keeps every rule: the message lists the rules, and
 * one field error per broken rule says which.
 */
export function assertDueDate(context: DueDateContext, due: string): void {
  const problems = dueDateProblems(context, due);
  if (problems.length === 0) return;
  throw new DomainError(
    'invalid',
    'invalid_due_date',
    {
      id: `Tenggat baru harus hari kerja, hari ini (${formatDay(context.today, 'id')}) atau sesudahnya, pada tahun siklus ${context.year} atau ${context.year + 1}.`,
      en: `The new deadline must be a working day, today (${formatDay(context.today, 'en')}) or later, in the cycle's year ${context.year} or ${context.year + 1}.`,
    },
    problems,
  );
}
