import { describe, expect, it } from 'vitest';
import { deadlineInstant, isAfterDeadline, isLate } from '#functions/obligations/deadline.ts';
import { localDateOf } from '#functions/platform/time/calendar.ts';
import { makeCalendar } from './builders.ts';

describe('deadlineInstant', () => {
  it.each([
    ['Asia/Jakarta', '2026-03-30T16:59:59.999Z'],
    ['Asia/Makassar', '2026-03-30T15:59:59.999Z'],
    ['Asia/Jayapura', '2026-03-30T14:59:59.999Z'],
  ])('ends the due date at 23:59:59 local in %s', (timeZone, expected) => {
    const calendar = makeCalendar({ timeZone });
    const deadline = deadlineInstant(calendar, '2026-03-30');
    expect(deadline.toISOString()).toBe(expected);
    expect(localDateOf(deadline, timeZone)).toBe('2026-03-30');
  });

  it('keeps a due date on a holiday: the deadline does not move, only reminders do', () => {
    expect(deadlineInstant(makeCalendar(), '2026-03-21').toISOString()).toBe('2026-03-21T16:59:59.999Z');
  });
});

describe('isAfterDeadline', () => {
  const calendar = makeCalendar();

  it('turns true at the next local midnight and not a millisecond before', () => {
    expect(isAfterDeadline(calendar, '2026-03-30', new Date('2026-03-30T16:59:59.999Z'))).toBe(false);
    expect(isAfterDeadline(calendar, '2026-03-30', new Date('2026-03-30T17:00:00.000Z'))).toBe(true);
  });
});

describe('isLate', () => {
  const calendar = makeCalendar({ timeZone: 'Asia/Jayapura' });

  it('accepts a submission late in the evening of the due date, local time', () => {
    expect(isLate(calendar, '2026-03-30', new Date('2026-03-30T14:30:00Z'))).toBe(false); // 23:30 WIT
    expect(isLate(calendar, '2026-03-30', new Date('2026-03-29T15:00:00Z'))).toBe(false); // 00:00 WIT on the due date
  });

  it('flags a submission from the next local day on', () => {
    expect(isLate(calendar, '2026-03-30', new Date('2026-03-30T15:00:00Z'))).toBe(true); // 00:00 WIT next day
    expect(isLate(calendar, '2026-03-30', new Date('2026-04-02T01:00:00Z'))).toBe(true);
  });
});
