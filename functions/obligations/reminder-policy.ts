import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import {
  addWorkingDays,
  type CycleCalendar,
  instantAt,
  isWorkingDay,
  localDateOf,
  previousWorkingDay,
} from '#functions/platform/time/calendar.ts';
import { addDays } from '#functions/platform/time/days.ts';

/** Who an escalation goes to: the head (or acting head) of the OPD, then the city secretary. */
export type EscalationTarget = 'opd-head' | 'city-secretary';

/** When an obligation's reminders and escalations are sent. Part of a cycle's settings. */
export interface ReminderPolicy {
  /** Days before the due date, e.g. `[30, 14, 7, 1, 0]`; 0 is the due date itself. Whole numbers >= 0. */
  readonly offsetsDays: readonly number[];
  /**
   * A reminder on the first working day of every month between the opening and the first
   * `offsetsDays` reminder, so a ten-month window is never months of silence. Default true.
   */
  readonly monthly?: boolean;
  /** Local wall-clock time of every send, `HH:MM` (24-hour) in the city's zone. */
  readonly sendAt: string;
  /** Escalations, each `afterWorkingDays` (>= 1) working days after the due date. */
  readonly escalation: readonly { readonly afterWorkingDays: number; readonly to: EscalationTarget }[];
}

/**
 * For a ten-month window: a reminder on the first working day of each month from the month after
 * the kick-off, then 30, 14, 7 and 1 days before and on the due date, at 08:00; escalation after
 * 1 and 3 working days.
 */
export const defaultReminderPolicy: ReminderPolicy = {
  offsetsDays: [30, 14, 7, 1, 0],
  monthly: true,
  sendAt: '08:00',
  escalation: [
    { afterWorkingDays: 1, to: 'opd-head' },
    { afterWorkingDays: 3, to: 'city-secretary' },
  ],
};

/** One send of an obligation's reminder ladder or escalation chain. */
export interface ReminderSlot {
  /**
   * Stable id within one deadline version: `M-<YYYY-MM>` for a monthly reminder, `D-<offset>` for
   * the ladder before the due date, `E-<n>` for the n-th escalation.
   */
  readonly slot: string;
  readonly kind: 'reminder' | 'escalation';
  readonly to: 'operators' | EscalationTarget;
  /** Local working date of the send, `YYYY-MM-DD`. */
  readonly date: string;
  /** The instant of `sendAt` on `date` in the calendar's zone. */
  readonly at: Date;
}

/** The sends of one obligation, ordered by instant. */
export interface ReminderPlan {
  /** Sends still to come (at or after `now`): these get schedules. */
  readonly slots: readonly ReminderSlot[];
  /** Sends already before `now` when the plan was made: not scheduled, only counted. */
  readonly skipped: readonly ReminderSlot[];
  /** Reminders dropped because a slot closer to the due date landed on the same working date. */
  readonly merged: readonly { readonly slot: string; readonly into: string }[];
}

const sendAtPattern = /^([01]\d|2[0-3]):[0-5]\d$/;

function assertPolicy(policy: ReminderPolicy, now: Date): void {
  if (!sendAtPattern.test(policy.sendAt)) throw new InvalidInputError(`Not a time (HH:MM): ${policy.sendAt}`);
  if (Number.isNaN(now.getTime())) throw new InvalidInputError('now is not a valid instant');
  for (const offset of policy.offsetsDays) {
    if (!Number.isInteger(offset) || offset < 0)
      throw new InvalidInputError(`Bad reminder offset: ${offset}`);
  }
  for (const { afterWorkingDays } of policy.escalation) {
    if (!Number.isInteger(afterWorkingDays) || afterWorkingDays < 1) {
      throw new InvalidInputError(`Bad escalation delay: ${afterWorkingDays}`);
    }
  }
}

/**
 * The monthly reminders: the first working day of each month after the month of `now` (or from
 * January of the due year, for a plan made long before), while the date is before the first
 * reminder of the ladder.
 */
function monthlySlots(
  calendar: CycleCalendar,
  policy: ReminderPolicy,
  due: string,
  now: Date,
  send: (slot: string, kind: 'reminder', to: 'operators', date: string) => ReminderSlot,
): ReminderSlot[] {
  const first = previousWorkingDay(calendar, addDays(due, -Math.max(0, ...policy.offsetsDays)));
  const fromNow = localDateOf(now, calendar.timeZone).slice(0, 7);
  let month = fromNow < `${due.slice(0, 4)}-01` ? `${due.slice(0, 4)}-01` : nextMonth(fromNow);
  const slots: ReminderSlot[] = [];
  for (; ; month = nextMonth(month)) {
    let date = `${month}-01`;
    while (!isWorkingDay(calendar, date)) date = addDays(date, 1);
    if (date >= first) return slots;
    slots.push(send(`M-${month}`, 'reminder', 'operators', date));
  }
}

const nextMonth = (month: string): string => {
  const [year = 0, m = 0] = month.split('-').map(Number);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
};

/**
 * The reminder ladder and escalation chain of an obligation due on `due` (a local date; the deadline
 * is the end of that day, see `deadlineInstant`).
 *
 * - Reminder `D-k` is sent at `sendAt` on the date `k` days before `due`; when that date is a weekend,
 *   holiday or collective leave day it moves to the working day before. Reminders never fall after
 *   the due date: a due date off work gets its `D-0` on the working day before.
 * - When several reminders land on the same date, only the one closest to the due date (the smallest
 *   `k`, the later slot) is kept; the others are listed in `merged`. Duplicate offsets count once.
 * - With `policy.monthly` (the default), `M-<YYYY-MM>` on the first working day of each month after
 *   the month the plan is made in, until the ladder's first reminder.
 * - Escalation `E-n` (the n-th entry of `policy.escalation`) is sent at `sendAt` on the
 *   `afterWorkingDays`-th working day strictly after the due date: with the default policy `E-1` goes
 *   to the OPD head on the first working day after the deadline, `E-2` to the city secretary on the
 *   third. They always fall after the deadline.
 * - A send whose instant is before `options.now` goes to `skipped`; one exactly at `now` is kept.
 *
 * @throws InvalidInputError for a malformed date, time, offset, delay or zone.
 * @example reminderSlots(defaultCalendar(2026), defaultReminderPolicy, '2026-05-10', { now })
 */
export function reminderSlots(
  calendar: CycleCalendar,
  policy: ReminderPolicy,
  due: string,
  options: { now: Date },
): ReminderPlan {
  assertPolicy(policy, options.now);
  const send = (slot: string, kind: ReminderSlot['kind'], to: ReminderSlot['to'], date: string) => ({
    slot,
    kind,
    to,
    date,
    at: instantAt(date, policy.sendAt, calendar.timeZone),
  });

  const byDate = new Map<string, ReminderSlot[]>();
  for (const offset of [...new Set(policy.offsetsDays)].sort((a, b) => b - a)) {
    const date = previousWorkingDay(calendar, addDays(due, -offset));
    byDate.set(date, [...(byDate.get(date) ?? []), send(`D-${offset}`, 'reminder', 'operators', date)]);
  }
  const reminders: ReminderSlot[] = [];
  const merged: { slot: string; into: string }[] = [];
  for (const group of byDate.values()) {
    const kept = group.at(-1);
    if (!kept) continue;
    reminders.push(kept);
    for (const dropped of group.slice(0, -1)) merged.push({ slot: dropped.slot, into: kept.slot });
  }

  if (policy.monthly !== false) reminders.push(...monthlySlots(calendar, policy, due, options.now, send));

  const escalations = policy.escalation.map(({ afterWorkingDays, to }, index) =>
    send(`E-${index + 1}`, 'escalation', to, addWorkingDays(calendar, due, afterWorkingDays)),
  );
  // Array.prototype.sort is stable: equal instants keep the ladder's order.
  const all = [...reminders, ...escalations].sort((a, b) => a.at.getTime() - b.at.getTime());
  const now = options.now.getTime();
  return {
    slots: all.filter((slot) => slot.at.getTime() >= now),
    skipped: all.filter((slot) => slot.at.getTime() < now),
    merged,
  };
}
