import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import { defaultTimeZone } from '#functions/platform/time/zones.ts';
import { formatLocalDate, formatLocalTime, langOf, timeZoneOf } from '#infra/cli/local-time.ts';

const demoYearStart = new Date('2026-01-05T01:00:00.000Z');

describe('formatLocalTime', () => {
  it('writes an instant in WIB, in Bahasa Indonesia by default', () => {
    expect(formatLocalTime(demoYearStart)).toBe('Senin, 5 Januari 2026 08.00 WIB');
  });

  it('writes it in English when asked', () => {
    expect(formatLocalTime(demoYearStart, { lang: 'en' })).toBe('Monday, 5 January 2026 08:00 WIB');
  });

  it.each([
    ['Asia/Makassar', 'Senin, 5 Januari 2026 09.00 WITA'],
    ['Asia/Jayapura', 'Senin, 5 Januari 2026 10.00 WIT'],
    ['Asia/Pontianak', 'Senin, 5 Januari 2026 08.00 WIB'],
  ])('names the zone of %s as people in Indonesia do', (timeZone, expected) => {
    expect(formatLocalTime(demoYearStart, { timeZone })).toBe(expected);
  });

  it('takes the day of the city, not of UTC', () => {
    // 17:30 UTC on Sunday is half past midnight on Monday in Jambi.
    expect(formatLocalTime(new Date('2026-01-04T17:30:00Z'))).toBe('Senin, 5 Januari 2026 00.30 WIB');
    expect(formatLocalTime(new Date('2026-12-31T16:59:00Z'), { lang: 'en' })).toBe(
      'Thursday, 31 December 2026 23:59 WIB',
    );
  });

  it('falls back to the offset outside Indonesia', () => {
    expect(formatLocalTime(demoYearStart, { timeZone: 'Australia/Brisbane', lang: 'en' })).toBe(
      'Monday, 5 January 2026 11:00 GMT+10',
    );
  });

  it('throws an InvalidInputError for an unknown zone or an invalid instant', () => {
    expect(() => formatLocalTime(demoYearStart, { timeZone: 'Mars/Olympus' })).toThrow(InvalidInputError);
    expect(() => formatLocalTime(new Date('not a date'))).toThrow(InvalidInputError);
  });
});

describe('formatLocalDate', () => {
  it('writes a due date with its weekday, in either language', () => {
    expect(formatLocalDate('2026-10-30')).toBe('Jumat, 30 Oktober 2026');
    expect(formatLocalDate('2026-10-30', 'en')).toBe('Friday, 30 October 2026');
  });
});

describe('langOf', () => {
  it('reads --lang, Bahasa Indonesia when absent', () => {
    expect(langOf({})).toBe('id');
    expect(langOf({ lang: 'en' })).toBe('en');
  });

  it('refuses a language it does not print', () => {
    expect(() => langOf({ lang: 'fr' })).toThrow('--lang must be one of: id, en');
  });
});

describe('timeZoneOf', () => {
  const directory = {
    getCity: async (city: string) => (city === 'manado' ? { timeZone: 'Asia/Makassar' } : undefined),
  };

  it("takes the city's zone from its record", async () => {
    expect(await timeZoneOf(directory, 'manado')).toBe('Asia/Makassar');
  });

  it('uses Asia/Jakarta when the command names no city', async () => {
    expect(await timeZoneOf(directory, undefined)).toBe(defaultTimeZone);
    expect(defaultTimeZone).toBe('Asia/Jakarta');
  });

  it('refuses a city that is not in the directory', async () => {
    await expect(timeZoneOf(directory, 'atlantis')).rejects.toThrow("Unknown city 'atlantis'");
  });
});
