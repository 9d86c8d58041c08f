import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import {
  addWorkingDays,
  defaultCalendar,
  hasHolidayData,
  instantAt,
  isWorkingDay,
  localDateOf,
  previousWorkingDay,
} from '#functions/platform/time/calendar.ts';
import { isoWeekday } from '#functions/platform/time/days.ts';
import { indonesianZones, makeCalendar } from '#test/unit/functions/obligations/builders.ts';

describe('isWorkingDay', () => {
  const calendar = makeCalendar();

  it('counts Monday to Friday as working outside holidays and collective leave', () => {
    expect(isoWeekday('2026-03-16')).toBe(1);
    expect(isoWeekday('2026-03-22')).toBe(7);
    expect(isWorkingDay(calendar, '2026-03-17')).toBe(true);
    expect(isWorkingDay(calendar, '2026-03-25')).toBe(true);
    expect(isWorkingDay(calendar, '2026-03-28')).toBe(false);
    expect(isWorkingDay(calendar, '2026-03-29')).toBe(false);
  });

  it('treats national holidays and collective leave days as days off', () => {
    expect(isWorkingDay(calendar, '2026-03-19')).toBe(false); // Nyepi, Thursday
    expect(isWorkingDay(calendar, '2026-03-20')).toBe(false); // cuti bersama Idulfitri, Friday
    expect(isWorkingDay(calendar, '2026-03-23')).toBe(false); // cuti bersama Idulfitri, Monday
    expect(isWorkingDay(calendar, '2026-08-17')).toBe(false); // Independence Day, Monday
  });

  it('follows the working weekdays of the calendar', () => {
    const sixDays = makeCalendar({ workingWeekdays: [1, 2, 3, 4, 5, 6] });
    expect(isWorkingDay(sixDays, '2026-03-28')).toBe(true);
    expect(isWorkingDay(sixDays, '2026-03-21')).toBe(false); // Saturday, but Idulfitri
  });
});

describe('previousWorkingDay', () => {
  const calendar = makeCalendar();

  it('returns the date itself when it is a working day', () => {
    expect(previousWorkingDay(calendar, '2026-03-17')).toBe('2026-03-17');
  });

  it('skips Idulfitri, Nyepi and the collective leave around them', () => {
    expect(previousWorkingDay(calendar, '2026-03-24')).toBe('2026-03-17');
  });

  it('moves a Sunday to the Friday before', () => {
    expect(previousWorkingDay(calendar, '2026-05-10')).toBe('2026-05-08');
  });

  it('throws when the calendar has no working weekday', () => {
    expect(() => previousWorkingDay(makeCalendar({ workingWeekdays: [] }), '2026-03-17')).toThrow(
      InvalidInputError,
    );
  });
});

describe('addWorkingDays', () => {
  const calendar = makeCalendar();

  it('counts only working days strictly after the date', () => {
    expect(addWorkingDays(calendar, '2026-04-01', 1)).toBe('2026-04-02');
    expect(addWorkingDays(calendar, '2026-04-01', 2)).toBe('2026-04-06'); // over Good Friday and Easter
    expect(addWorkingDays(calendar, '2026-03-19', 1)).toBe('2026-03-25'); // over the whole Lebaran break
  });

  it('rejects a count below one', () => {
    expect(() => addWorkingDays(calendar, '2026-04-01', 0)).toThrow(InvalidInputError);
  });
});

describe('instantAt', () => {
  it.each(indonesianZones)('puts 08:00 $label at $eightLocal', ({ timeZone, eightLocal }) => {
    expect(instantAt('2026-03-17', '08:00', timeZone).toISOString()).toBe(eightLocal);
  });

  it('follows daylight saving time in zones that have it', () => {
    expect(instantAt('2026-07-01', '08:00', 'Europe/Berlin').toISOString()).toBe('2026-07-01T06:00:00.000Z');
    expect(instantAt('2026-01-15', '08:00', 'Europe/Berlin').toISOString()).toBe('2026-01-15T07:00:00.000Z');
    expect(instantAt('2026-01-15', '00:00', 'America/New_York').toISOString()).toBe(
      '2026-01-15T05:00:00.000Z',
    );
  });

  it('resolves times on the days New York clocks spring forward and fall back', () => {
    const newYork = (date: string, time: string) => instantAt(date, time, 'America/New_York').toISOString();
    expect(newYork('2026-03-08', '03:30')).toBe('2026-03-08T07:30:00.000Z'); // EDT, just after the jump
    expect(newYork('2026-03-08', '01:30')).toBe('2026-03-08T06:30:00.000Z'); // EST, just before it
    expect(newYork('2026-11-01', '03:00')).toBe('2026-11-01T08:00:00.000Z'); // EST again
  });

  it('rejects malformed times and unknown zones', () => {
    for (const bad of ['8:00', '24:00', '08:60', '08:00:00']) {
      expect(() => instantAt('2026-03-17', bad, 'Asia/Jakarta'), bad).toThrow(InvalidInputError);
    }
    expect(() => instantAt('2026-03-17', '08:00', 'Asia/Jambi')).toThrow(InvalidInputError);
  });
});

describe('localDateOf', () => {
  it('reads the date on the wall clocks of the zone', () => {
    const instant = new Date('2026-03-16T16:30:00Z');
    expect(localDateOf(instant, 'Asia/Jakarta')).toBe('2026-03-16');
    expect(localDateOf(instant, 'Asia/Makassar')).toBe('2026-03-17');
    expect(localDateOf(new Date('2026-12-31T15:00:00Z'), 'Asia/Jayapura')).toBe('2027-01-01');
  });

  it('round-trips with instantAt', () => {
    for (const { timeZone } of indonesianZones) {
      expect(localDateOf(instantAt('2026-01-01', '00:00', timeZone), timeZone)).toBe('2026-01-01');
      expect(localDateOf(instantAt('2026-01-01', '23:59', timeZone), timeZone)).toBe('2026-01-01');
    }
  });
});

describe('defaultCalendar', () => {
  it('takes the 2026 holidays and collective leave from the registry', () => {
    const calendar = defaultCalendar(2026);
    expect(calendar).toMatchObject({
      timeZone: 'Asia/Jakarta',
      year: 2026,
      workingWeekdays: [1, 2, 3, 4, 5],
    });
    expect(calendar.holidays).toHaveLength(17);
    expect(calendar.collectiveLeave).toHaveLength(8);
    expect(hasHolidayData(2026)).toBe(true);
  });

  it('returns empty holiday lists for a year without data and says so through hasHolidayData', () => {
    const calendar = defaultCalendar(2027, 'Asia/Jayapura');
    expect(calendar).toMatchObject({
      timeZone: 'Asia/Jayapura',
      year: 2027,
      holidays: [],
      collectiveLeave: [],
    });
    expect(hasHolidayData(2027)).toBe(false);
  });

  it('rejects an unknown time zone', () => {
    expect(() => defaultCalendar(2026, 'WIB')).toThrow(InvalidInputError);
  });
});
