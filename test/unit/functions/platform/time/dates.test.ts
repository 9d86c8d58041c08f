import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import { addDays } from '#functions/platform/time/calendar.ts';
import { formatDeadline, formatLongDate, zoneAbbreviation } from '#functions/platform/time/dates.ts';

describe('formatLongDate', () => {
  it('writes a date with its weekday as people in the city read it', () => {
    expect(formatLongDate('2026-11-13', 'id')).toBe('Jumat, 13 November 2026');
    expect(formatLongDate('2026-11-13', 'en')).toBe('Friday, 13 November 2026');
    expect(formatLongDate('2026-08-17', 'id')).toBe('Senin, 17 Agustus 2026');
  });

  it.each(['2026-2-3', '13-11-2026', '2026-02-30', ''])('refuses "%s"', (value) => {
    expect(() => formatLongDate(value, 'id')).toThrow(InvalidInputError);
  });
});

describe('addDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('formatDeadline', () => {
  it.each([
    [
      'Asia/Jakarta',
      '2026-11-13T16:59:59.999Z',
      'Jumat, 13 November 2026 pukul 23.59 WIB',
      'Friday, 13 November 2026 at 23:59 WIB',
    ],
    [
      'Asia/Makassar',
      '2026-11-13T15:59:59.999Z',
      'Jumat, 13 November 2026 pukul 23.59 WITA',
      'Friday, 13 November 2026 at 23:59 WITA',
    ],
    [
      'Asia/Jayapura',
      '2026-11-13T14:59:59.999Z',
      'Jumat, 13 November 2026 pukul 23.59 WIT',
      'Friday, 13 November 2026 at 23:59 WIT',
    ],
  ])('names the zone of %s', (timeZone, instant, id, en) => {
    expect(formatDeadline('2026-11-13', new Date(instant), timeZone, 'id')).toBe(id);
    expect(formatDeadline('2026-11-13', new Date(instant), timeZone, 'en')).toBe(en);
  });

  it('reads the midnight that ends the due day as 23.59 of that day', () => {
    expect(formatDeadline('2026-11-13', new Date('2026-11-13T17:00:00Z'), 'Asia/Jakarta', 'id')).toBe(
      'Jumat, 13 November 2026 pukul 23.59 WIB',
    );
  });

  it('writes an earlier closing time as it is', () => {
    expect(formatDeadline('2026-11-13', new Date('2026-11-13T09:00:00Z'), 'Asia/Jakarta', 'en')).toBe(
      'Friday, 13 November 2026 at 16:00 WIB',
    );
  });

  it('throws when the instant falls on another local day than the due date', () => {
    // 23:59 in Jakarta is already the next day in Jayapura.
    const jakartaEnd = new Date('2026-11-13T16:59:59Z');
    expect(() => formatDeadline('2026-11-13', jakartaEnd, 'Asia/Jayapura', 'id')).toThrow(InvalidInputError);
    expect(() => formatDeadline('2026-11-12', jakartaEnd, 'Asia/Jakarta', 'id')).toThrow(InvalidInputError);
  });

  it('throws on an unknown time zone', () => {
    expect(() =>
      formatDeadline('2026-11-13', new Date('2026-11-13T00:00:00Z'), 'Asia/Nowhere', 'id'),
    ).toThrow(InvalidInputError);
  });
});

describe('zoneAbbreviation', () => {
  it('falls back to a GMT offset outside Indonesia', () => {
    expect(zoneAbbreviation('Australia/Brisbane', new Date('2026-11-13T00:00:00Z'))).toBe('GMT+10');
    expect(zoneAbbreviation('Asia/Pontianak', new Date('2026-11-13T00:00:00Z'))).toBe('WIB');
  });
});
