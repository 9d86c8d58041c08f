import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import { addDays, isoWeekday, utcMidnight } from '#functions/platform/time/days.ts';

describe('utcMidnight', () => {
  it('reads a calendar date as its midnight in UTC', () => {
    expect(utcMidnight('2026-11-13')).toBe(Date.parse('2026-11-13T00:00:00Z'));
    expect(utcMidnight('2028-02-29')).toBe(Date.parse('2028-02-29T00:00:00Z'));
  });

  it('keeps the years before 100 as they are written', () => {
    expect(new Date(utcMidnight('0050-01-01')).toISOString()).toBe('0050-01-01T00:00:00.000Z');
  });

  it.each(['2026-2-3', '13-11-2026', '2026-02-30', '2026-02-29', '2026-13-01', '20260301', ''])(
    'refuses "%s"',
    (value) => {
      expect(() => utcMidnight(value)).toThrow(InvalidInputError);
    },
  );
});

describe('addDays', () => {
  it('crosses month, year and leap-day boundaries on calendar dates', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-30', -30)).toBe('2026-02-28');
    expect(addDays('2026-03-29', 0)).toBe('2026-03-29');
  });

  it('rejects dates that do not exist or are not YYYY-MM-DD', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-3-1', '20260301', '']) {
      expect(() => addDays(bad, 1), bad).toThrow(InvalidInputError);
    }
    expect(() => addDays('2026-03-01', 1.5)).toThrow(InvalidInputError);
  });
});

describe('isoWeekday', () => {
  it('counts Monday as 1 and Sunday as 7', () => {
    expect(isoWeekday('2026-03-16')).toBe(1);
    expect(isoWeekday('2026-03-22')).toBe(7);
  });
});
