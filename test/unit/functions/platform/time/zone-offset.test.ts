import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import { assertTimeZone, offsetMs, offsetName, wallTimeOf } from '#functions/platform/time/zone-offset.ts';

const hour = 3_600_000;
const at = new Date('2026-12-31T16:59:59.999Z');

describe('offsetMs', () => {
  it.each([
    ['Asia/Jakarta', 7 * hour],
    ['Asia/Makassar', 8 * hour],
    ['Asia/Jayapura', 9 * hour],
    ['UTC', 0],
    ['Asia/Kolkata', 5.5 * hour],
  ])('is the offset of %s', (timeZone, offset) => {
    expect(offsetMs(at.getTime(), timeZone)).toBe(offset);
  });

  it('follows daylight saving time where a zone keeps it', () => {
    expect(offsetMs(Date.parse('2026-01-15T12:00:00Z'), 'Europe/Berlin')).toBe(hour);
    expect(offsetMs(Date.parse('2026-07-15T12:00:00Z'), 'Europe/Berlin')).toBe(2 * hour);
  });
});

describe('offsetName', () => {
  it('names the offset as ICU does', () => {
    expect(offsetName(at, 'Asia/Makassar')).toBe('GMT+8');
    expect(offsetName(at, 'America/Sao_Paulo')).toBe('GMT-3');
    expect(offsetName(at, 'Asia/Kathmandu')).toBe('GMT+5:45');
  });
});

describe('wallTimeOf', () => {
  it('is the wall time of the zone, to the millisecond', () => {
    expect(wallTimeOf(at, 'Asia/Jakarta')).toBe('2026-12-31T23:59:59.999');
    expect(wallTimeOf(at, 'Asia/Makassar')).toBe('2027-01-01T00:59:59.999');
  });
});

describe('assertTimeZone', () => {
  it('accepts a zone the runtime knows and refuses one it does not', () => {
    expect(() => assertTimeZone('Asia/Jayapura')).not.toThrow();
    expect(() => assertTimeZone('Asia/Atlantis')).toThrow(InvalidInputError);
  });
});
