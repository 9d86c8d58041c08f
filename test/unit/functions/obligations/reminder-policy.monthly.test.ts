import { describe, expect, it } from 'vitest';
import {
  defaultReminderPolicy,
  type ReminderSlot,
  reminderSlots,
} from '#functions/obligations/reminder-policy.ts';
import { isWorkingDay } from '#functions/platform/time/calendar.ts';
import { addDays } from '#functions/platform/time/days.ts';
import { makeCalendar } from './builders.ts';

// The demo year: kick-off on Monday 5 January 2026 at 08:00 WIB, innovation reports due Friday
// 30 October 2026, so the ladder's first reminder (D-30) goes on Wednesday 30 September.
const calendar = makeCalendar();
const due = '2026-10-30';
const kickoff = new Date('2026-01-05T01:00:00.000Z');

/** Slot id, recipient and local date of each send: what an admin reads. */
const brief = (slots: readonly ReminderSlot[]) => slots.map(({ slot, to, date }) => `${slot} ${to} ${date}`);
const monthlyOf = (slots: readonly ReminderSlot[]) => slots.filter((slot) => slot.slot.startsWith('M-'));
const planAt = (iso: string) => reminderSlots(calendar, defaultReminderPolicy, due, { now: new Date(iso) });

describe('reminderSlots (monthly reminders)', () => {
  it('plans the demo year with a reminder on the first working day of February to September, then the ladder', () => {
    const { slots, skipped, merged } = reminderSlots(calendar, defaultReminderPolicy, due, { now: kickoff });

    expect(brief(slots)).toEqual([
      'M-2026-02 operators 2026-02-02', // Sunday 1 February -> Monday
      'M-2026-03 operators 2026-03-02', // Sunday 1 March -> Monday
      'M-2026-04 operators 2026-04-01',
      'M-2026-05 operators 2026-05-04', // Labour Day on Friday 1 May, then the weekend
      'M-2026-06 operators 2026-06-02', // Pancasila Day on Monday 1 June
      'M-2026-07 operators 2026-07-01',
      'M-2026-08 operators 2026-08-03', // Saturday 1 August -> Monday
      'M-2026-09 operators 2026-09-01',
      // No M-2026-10: Thursday 1 October is after D-30
      'D-30 operators 2026-09-30',
      'D-14 operators 2026-10-16',
      'D-7 operators 2026-10-23',
      'D-1 operators 2026-10-29',
      'D-0 operators 2026-10-30',
      'E-1 opd-head 2026-11-02',
      'E-2 city-secretary 2026-11-04',
    ]);
    const monthly = monthlyOf(slots);
    expect(monthly.every((slot) => slot.kind === 'reminder')).toBe(true);
    expect(monthly.map((slot) => slot.at.toISOString())).toEqual(
      monthly.map((slot) => `${slot.date}T01:00:00.000Z`), // 08:00 WIB
    );
    for (const { slot, date } of monthly) {
      // The first working day of its own month: a working day, and none before it in that month
      expect(date.slice(0, 7), slot).toBe(slot.slice(2));
      expect(isWorkingDay(calendar, date), slot).toBe(true);
      for (let day = `${slot.slice(2)}-01`; day < date; day = addDays(day, 1)) {
        expect(isWorkingDay(calendar, day), `${slot} ${day}`).toBe(false);
      }
    }
    expect(skipped).toEqual([]);
    expect(merged).toEqual([]);
  });

  it('starts the monthly reminders in the month after the plan is made', () => {
    const inMarch = planAt('2026-03-10T03:00:00.000Z');
    expect(monthlyOf(inMarch.slots).map((slot) => slot.slot)).toEqual([
      'M-2026-04',
      'M-2026-05',
      'M-2026-06',
      'M-2026-07',
      'M-2026-08',
      'M-2026-09',
    ]);
    expect(inMarch.skipped).toEqual([]);
  });

  it('plans no monthly reminder when made in the month of D-30, less than a month before it', () => {
    const { slots, skipped } = planAt('2026-09-07T01:00:00.000Z'); // Monday 7 September, 23 days before
    expect(monthlyOf([...slots, ...skipped])).toEqual([]);
    expect(slots.map((slot) => slot.slot)).toEqual(['D-30', 'D-14', 'D-7', 'D-1', 'D-0', 'E-1', 'E-2']);
  });

  it('plans a September reminder for a plan made on the last day of August', () => {
    const { slots } = planAt('2026-08-31T01:00:00.000Z');
    expect(brief(monthlyOf(slots))).toEqual(['M-2026-09 operators 2026-09-01']);
  });

  it('starts in January of the due year when the plan is made the year before, after New Year’s Day', () => {
    const { slots } = planAt('2025-11-17T01:00:00.000Z');
    expect(brief(monthlyOf(slots)).slice(0, 2)).toEqual([
      'M-2026-01 operators 2026-01-02', // Thursday 1 January is a holiday
      'M-2026-02 operators 2026-02-02',
    ]);
    expect(monthlyOf(slots).at(-1)?.slot).toBe('M-2026-09');
  });

  it('plans no monthly reminder when the policy turns them off', () => {
    const { slots, skipped } = reminderSlots(calendar, { ...defaultReminderPolicy, monthly: false }, due, {
      now: kickoff,
    });
    expect(monthlyOf([...slots, ...skipped])).toEqual([]);
    expect(slots.map((slot) => slot.slot)).toEqual(['D-30', 'D-14', 'D-7', 'D-1', 'D-0', 'E-1', 'E-2']);
  });

  it('sends the monthly reminders at 08:00 in the city’s own zone', () => {
    const jayapura = makeCalendar({ timeZone: 'Asia/Jayapura' });
    const { slots } = reminderSlots(jayapura, defaultReminderPolicy, due, { now: kickoff });
    expect(monthlyOf(slots)[0]?.at.toISOString()).toBe('2026-02-01T23:00:00.000Z'); // 08:00 WIT, 2 February
  });
});
