import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deadlineInstant } from '#functions/obligations/deadline.ts';
import { type ReminderPolicy, reminderSlots } from '#functions/obligations/reminder-policy.ts';
import { isWorkingDay, localDateOf } from '#functions/platform/time/calendar.ts';
import { addDays } from '#functions/platform/time/days.ts';
import { indonesianZones, makeCalendar } from './builders.ts';

const pad = (n: number) => String(n).padStart(2, '0');
/** `YYYY-MM` of the month after `month`. */
const nextMonth = (month: string) => addDays(`${month}-28`, 5).slice(0, 7);

const policyArb: fc.Arbitrary<ReminderPolicy> = fc.record({
  offsetsDays: fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 8 }),
  monthly: fc.boolean(),
  sendAt: fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${pad(h)}:${pad(m)}`),
  escalation: fc.array(
    fc.record({
      afterWorkingDays: fc.integer({ min: 1, max: 10 }),
      to: fc.constantFrom('opd-head' as const, 'city-secretary' as const),
    }),
    { maxLength: 3 },
  ),
});

const caseArb = fc.record({
  timeZone: fc.constantFrom(...indonesianZones.map((zone) => zone.timeZone)),
  due: fc.integer({ min: 0, max: 364 }).map((n) => addDays('2026-01-01', n)),
  policy: policyArb,
  now: fc.date({
    min: new Date('2025-11-01T00:00:00Z'),
    max: new Date('2027-01-31T00:00:00Z'),
    noInvalidDate: true,
  }),
});

describe('reminderSlots (property)', () => {
  it('places every send on a working day, reminders on or before the due date and escalations after it', () => {
    fc.assert(
      fc.property(caseArb, ({ timeZone, due, policy, now }) => {
        const calendar = makeCalendar({ timeZone });
        const { slots, skipped, merged } = reminderSlots(calendar, policy, due, { now });
        const all = [...skipped, ...slots];
        const deadline = deadlineInstant(calendar, due).getTime();

        expect(all.every((slot) => isWorkingDay(calendar, slot.date))).toBe(true);
        const reminders = all.filter((slot) => slot.kind === 'reminder');
        const escalations = all.filter((slot) => slot.kind === 'escalation');
        expect(reminders.every((slot) => slot.date <= due && slot.at.getTime() <= deadline)).toBe(true);
        expect(escalations.every((slot) => slot.date > due && slot.at.getTime() > deadline)).toBe(true);
        expect(new Set(reminders.map((slot) => slot.date)).size).toBe(reminders.length);
        const ladder = reminders.filter((slot) => slot.slot.startsWith('D-'));
        expect(ladder.length + merged.length).toBe(new Set(policy.offsetsDays).size);
        expect(escalations).toHaveLength(policy.escalation.length);
      }),
      { numRuns: 300 },
    );
  });

  it('puts each monthly reminder on the first working day of a month after now, before the ladder', () => {
    fc.assert(
      fc.property(caseArb, ({ timeZone, due, policy, now }) => {
        const calendar = makeCalendar({ timeZone });
        const { slots, skipped } = reminderSlots(calendar, policy, due, { now });
        const all = [...skipped, ...slots];
        const monthly = all.filter((slot) => slot.slot.startsWith('M-'));
        const ladder = all.filter((slot) => slot.slot.startsWith('D-'));

        if (!policy.monthly) expect(monthly).toEqual([]);
        const planMonth = localDateOf(now, timeZone).slice(0, 7);
        for (const { slot, kind, to, date } of monthly) {
          expect([kind, to]).toEqual(['reminder', 'operators']);
          expect(date.slice(0, 7)).toBe(slot.slice(2));
          expect(slot.slice(2) > planMonth && slot.slice(2, 6) === due.slice(0, 4)).toBe(true);
          for (let day = `${slot.slice(2)}-01`; day < date; day = addDays(day, 1)) {
            expect(isWorkingDay(calendar, day)).toBe(false);
          }
          expect(ladder.every((reminder) => date < reminder.date)).toBe(true);
        }
        // One a month without gaps, and none skipped: each is after the month the plan is made in
        const months = monthly.map((slot) => slot.slot.slice(2));
        expect(months.slice(1)).toEqual(months.slice(0, -1).map(nextMonth));
        expect(monthly.every((slot) => slots.includes(slot))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('orders sends by instant and splits them at now', () => {
    fc.assert(
      fc.property(caseArb, ({ timeZone, due, policy, now }) => {
        const { slots, skipped } = reminderSlots(makeCalendar({ timeZone }), policy, due, { now });
        const times = [...skipped, ...slots].map((slot) => slot.at.getTime());
        expect(times).toEqual([...times].sort((a, b) => a - b));
        expect(skipped.every((slot) => slot.at.getTime() < now.getTime())).toBe(true);
        expect(slots.every((slot) => slot.at.getTime() >= now.getTime())).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
