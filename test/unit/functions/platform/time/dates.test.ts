import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import {
  formatDay,
  formatDeadline,
  formatInstant,
  formatLongDate,
  formatShortDate,
  formatTimestamp,
} from '#functions/platform/time/dates.ts';

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

describe('formatShortDate', () => {
  it('writes the day and month alone, for subjects', () => {
    expect(formatShortDate('2026-11-13', 'id')).toBe('13 November');
    expect(formatShortDate('2026-08-17', 'en')).toBe('17 August');
  });
});

describe('formatDay', () => {
  it('writes a date without its weekday', () => {
    expect(formatDay('2026-10-30', 'id')).toBe('30 Oktober 2026');
    expect(formatDay('2026-10-30', 'en')).toBe('30 October 2026');
  });

  it('refuses a date that does not exist', () => {
    expect(() => formatDay('2026-02-30', 'id')).toThrow(InvalidInputError);
  });
});

describe('formatInstant', () => {
  it('writes the instant with its weekday in the zone of the city', () => {
    const kickoff = new Date('2026-01-05T01:00:00Z');
    expect(formatInstant(kickoff, 'Asia/Jakarta', 'id')).toBe('Senin, 5 Januari 2026 08.00 WIB');
    expect(formatInstant(kickoff, 'Asia/Makassar', 'en')).toBe('Monday, 5 January 2026 09:00 WITA');
  });
});

describe('formatTimestamp', () => {
  it.each([
    ['Asia/Jakarta', '17 Agustus 2026 pukul 09.30 WIB', '17 August 2026 at 09:30 WIB'],
    ['Asia/Makassar', '17 Agustus 2026 pukul 10.30 WITA', '17 August 2026 at 10:30 WITA'],
    ['Asia/Jayapura', '17 Agustus 2026 pukul 11.30 WIT', '17 August 2026 at 11:30 WIT'],
  ])('writes a stored instant in the zone of %s', (timeZone, id, en) => {
    expect(formatTimestamp('2026-08-17T02:30:00.000Z', timeZone, 'id')).toBe(id);
    expect(formatTimestamp(new Date('2026-08-17T02:30:00.000Z'), timeZone, 'en')).toBe(en);
  });

  it('moves to the next day where the zone is already past midnight', () => {
    expect(formatTimestamp('2026-12-31T16:30:00.000Z', 'Asia/Jayapura', 'en')).toBe(
      '1 January 2027 at 01:30 WIT',
    );
  });

  it('refuses an invalid instant and an unknown zone', () => {
    expect(() => formatTimestamp('not a date', 'Asia/Jakarta', 'id')).toThrow(InvalidInputError);
    expect(() => formatTimestamp('2026-08-17T02:30:00.000Z', 'Asia/Nowhere', 'id')).toThrow(
      InvalidInputError,
    );
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
