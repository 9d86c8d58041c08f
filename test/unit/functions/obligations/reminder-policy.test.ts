import { describe, expect, it } from 'vitest';
import {
  defaultReminderPolicy,
  type ReminderPolicy,
  type ReminderSlot,
  reminderSlots,
} from '#functions/obligations/reminder-policy.ts';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import { indonesianZones, makeCalendar } from './builders.ts';

const calendar = makeCalendar();
const longBefore = { now: new Date('2026-01-01T00:00:00Z') };

/** Slot id, recipient and local date of each send: what an admin reads. */
const brief = (slots: readonly ReminderSlot[]) => slots.map(({ slot, to, date }) => `${slot} ${to} ${date}`);

/** The default policy without its monthly reminders: the D-ladder and the escalations alone. */
const ladderOnly: ReminderPolicy = { ...defaultReminderPolicy, monthly: false };

/** {@link ladderOnly} with `overrides`: the tests of the ladder and the escalations. */
function policy(overrides: Partial<ReminderPolicy>): ReminderPolicy {
  return { ...ladderOnly, ...overrides };
}

describe('reminderSlots', () => {
  it('builds the default ladder and escalation chain around the Lebaran break', () => {
    const { slots, skipped, merged } = reminderSlots(
      calendar,
      defaultReminderPolicy,
      '2026-03-30',
      longBefore,
    );
    expect(brief(slots)).toEqual([
      'M-2026-02 operators 2026-02-02', // Sunday 1 February -> Monday; Monday 2 March is after D-30
      'D-30 operators 2026-02-27', // Saturday 28 February -> Friday
      'D-14 operators 2026-03-16',
      'D-7 operators 2026-03-17', // cuti bersama 23 March -> back over Lebaran, leave and Nyepi
      'D-1 operators 2026-03-27', // Sunday -> Friday
      'D-0 operators 2026-03-30',
      'E-1 opd-head 2026-03-31',
      'E-2 city-secretary 2026-04-02',
    ]);
    expect(slots.map((slot) => slot.kind)).toEqual([
      ...Array(6).fill('reminder'),
      'escalation',
      'escalation',
    ]);
    expect(slots.map((slot) => slot.at.toISOString())).toContain('2026-03-17T01:00:00.000Z');
    expect(skipped).toEqual([]);
    expect(merged).toEqual([]);
  });

  it('moves a D-7 reminder landing on Idulfitri to the working day before the collective leave', () => {
    const { slots } = reminderSlots(
      calendar,
      policy({ offsetsDays: [7], escalation: [] }),
      '2026-03-28',
      longBefore,
    );
    expect(brief(slots)).toEqual(['D-7 operators 2026-03-17']);
  });

  it('moves a D-0 on a Sunday to Friday and keeps it over the D-1 that lands there too', () => {
    const { slots, merged } = reminderSlots(calendar, ladderOnly, '2026-05-10', longBefore);
    expect(brief(slots)).toEqual([
      'D-30 operators 2026-04-10',
      'D-14 operators 2026-04-24',
      'D-7 operators 2026-04-30', // Sunday 3 May -> over Labour Day on Friday 1 May
      'D-0 operators 2026-05-08',
      'E-1 opd-head 2026-05-11',
      'E-2 city-secretary 2026-05-13',
    ]);
    expect(merged).toEqual([{ slot: 'D-1', into: 'D-0' }]);
  });

  it('keeps only the slot closest to the due date when three land on one date', () => {
    const { slots, merged } = reminderSlots(calendar, defaultReminderPolicy, '2026-03-24', longBefore);
    expect(brief(slots).filter((line) => line.endsWith('2026-03-17'))).toEqual(['D-0 operators 2026-03-17']);
    expect(merged).toEqual([
      { slot: 'D-7', into: 'D-0' },
      { slot: 'D-1', into: 'D-0' },
    ]);
  });

  it('counts a repeated offset once', () => {
    const { slots, merged } = reminderSlots(
      calendar,
      policy({ offsetsDays: [0, 7, 7], escalation: [] }),
      '2026-03-31',
      longBefore,
    );
    expect(brief(slots)).toEqual(['D-7 operators 2026-03-17', 'D-0 operators 2026-03-31']);
    expect(merged).toEqual([]);
  });

  it('escalates on working days after the due date, over Good Friday and Easter', () => {
    const { slots } = reminderSlots(calendar, policy({ offsetsDays: [] }), '2026-04-01', longBefore);
    expect(brief(slots)).toEqual(['E-1 opd-head 2026-04-02', 'E-2 city-secretary 2026-04-07']);
    expect(slots.every((slot) => slot.kind === 'escalation')).toBe(true);
  });

  it.each(indonesianZones)('sends at 08:00 $label, which is $eightLocal', ({ timeZone, eightLocal }) => {
    const zoned = makeCalendar({ timeZone });
    const { slots } = reminderSlots(
      zoned,
      policy({ offsetsDays: [0], escalation: [] }),
      '2026-03-17',
      longBefore,
    );
    expect(slots.map((slot) => slot.at.toISOString())).toEqual([eightLocal]);
  });

  it('sends at the local time of the policy', () => {
    const { slots } = reminderSlots(
      calendar,
      policy({ offsetsDays: [0], sendAt: '13:30', escalation: [] }),
      '2026-03-17',
      longBefore,
    );
    expect(slots[0]?.at.toISOString()).toBe('2026-03-17T06:30:00.000Z');
  });

  it('skips the sends already past when the obligation opens and keeps one due exactly now', () => {
    const d14 = new Date('2026-03-16T01:00:00.000Z');
    const atD14 = reminderSlots(calendar, defaultReminderPolicy, '2026-03-30', { now: d14 });
    expect(atD14.skipped.map((slot) => slot.slot)).toEqual(['D-30']);
    expect(atD14.slots.map((slot) => slot.slot)).toEqual(['D-14', 'D-7', 'D-1', 'D-0', 'E-1', 'E-2']);

    const later = reminderSlots(calendar, defaultReminderPolicy, '2026-03-30', {
      now: new Date(d14.getTime() + 1),
    });
    expect(later.skipped.map((slot) => slot.slot)).toEqual(['D-30', 'D-14']);
  });

  it('skips everything when the obligation opens after its last escalation', () => {
    const { slots, skipped } = reminderSlots(calendar, defaultReminderPolicy, '2026-03-30', {
      now: new Date('2026-04-03T00:00:00Z'),
    });
    expect(slots).toEqual([]);
    expect(skipped).toHaveLength(7);
  });

  it.each([
    ['a negative offset', policy({ offsetsDays: [-1] })],
    ['a fractional offset', policy({ offsetsDays: [1.5] })],
    ['an escalation on the due date', policy({ escalation: [{ afterWorkingDays: 0, to: 'opd-head' }] })],
    ['a malformed send time', policy({ sendAt: '8:00' })],
  ])('rejects %s', (_, bad) => {
    expect(() => reminderSlots(calendar, bad, '2026-03-30', longBefore)).toThrow(InvalidInputError);
  });

  it('rejects a due date that does not exist and a now that is not an instant', () => {
    expect(() => reminderSlots(calendar, defaultReminderPolicy, '2026-02-30', longBefore)).toThrow(
      InvalidInputError,
    );
    expect(() =>
      reminderSlots(calendar, defaultReminderPolicy, '2026-03-30', { now: new Date(Number.NaN) }),
    ).toThrow(InvalidInputError);
  });
});
