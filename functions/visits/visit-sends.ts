import { createHash } from 'node:crypto';
import type { Cycle } from '#functions/obligations/model.ts';
import type { Scheduler } from '#functions/platform/ports/scheduler.ts';
import { instantAt, previousWorkingDay } from '#functions/platform/time/calendar.ts';
import { addDays } from '#functions/platform/time/days.ts';
import type { Visit } from './visit-model.ts';

/** The workflow a visit's schedules start. */
export const visitReminderWorkflow = 'visit-reminder';

/**
 * The sends of a visit: the invitation after every change (its calendar entry updated, a minute
 * after the change, through the workflow so that a failed send is retried and alarmed), and two
 * reminders of a confirmed visit: a week before (on the working day on or before that day) and on
 * the working day before it.
 */
export const visitSlots = ['invitation', 'reminder-week', 'reminder'] as const;
export type VisitSlot = (typeof visitSlots)[number];

/** What a visit's schedule starts the workflow with: ids, and the calendar sequence it is about. */
export interface VisitSlotInput {
  city: string;
  year: number;
  opd: string;
  sequence: number;
  slot: VisitSlot;
}

/** The fixed name of a send's schedule (at most 64 characters): creating it twice creates it once. */
export const visitScheduleName = (visit: Pick<Visit, 'city' | 'visitId' | 'sequence'>, slot: VisitSlot) =>
  `vs-${createHash('sha256').update(`${visit.city}#${visit.visitId}`).digest('hex').slice(0, 20)}-s${visit.sequence}-${slot}`;

/** What scheduling a visit's sends needs. */
export interface VisitScheduleDeps {
  scheduler: Scheduler;
  scheduleGroup: string;
  clock: { now(): Date };
}

const inputOf = (visit: Visit, slot: VisitSlot): VisitSlotInput => ({
  city: visit.city,
  year: visit.year,
  opd: visit.opd,
  sequence: visit.sequence,
  slot,
});

/**
 * Schedules the sends of the visit's current sequence: its invitation a minute from now, and for
 * a confirmed visit its reminders at the cycle's send time (those still ahead). Sends of an earlier sequence find the visit changed and send nothing.
 * @returns how many were scheduled.
 */
export async function scheduleVisitSends(
  deps: VisitScheduleDeps,
  cycle: Cycle,
  visit: Visit,
): Promise<number> {
  const now = deps.clock.now();
  const sends: { slot: VisitSlot; at: Date; timeZone: string }[] = [
    { slot: 'invitation', at: new Date(now.getTime() + 60_000), timeZone: 'UTC' },
  ];
  if (visit.status === 'confirmed' && visit.slot) {
    const { calendar, policy } = cycle;
    const dayBefore = previousWorkingDay(calendar, addDays(visit.slot.date, -1));
    const weekBefore = previousWorkingDay(calendar, addDays(visit.slot.date, -7));
    const reminders = [
      // A week before, unless that is the day before already (a visit after a long holiday).
      ...(weekBefore < dayBefore ? [{ slot: 'reminder-week' as const, day: weekBefore }] : []),
      { slot: 'reminder' as const, day: dayBefore },
    ];
    for (const { slot, day } of reminders) {
      const at = instantAt(day, policy.sendAt, calendar.timeZone);
      if (at.getTime() > now.getTime() + 60_000) sends.push({ slot, at, timeZone: calendar.timeZone });
    }
  }
  for (const send of sends)
    await deps.scheduler.schedule({
      group: deps.scheduleGroup,
      name: visitScheduleName(visit, send.slot),
      at: send.at,
      timeZone: send.timeZone,
      workflow: visitReminderWorkflow,
      input: { ...inputOf(visit, send.slot) },
    });
  return sends.length;
}
