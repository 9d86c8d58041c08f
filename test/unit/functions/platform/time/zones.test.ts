import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import { defaultTimeZone, zoneAbbreviation } from '#functions/platform/time/zones.ts';

const at = new Date('2026-11-13T00:00:00Z');

describe('zoneAbbreviation', () => {
  it("names Indonesia's zones as people do", () => {
    expect(zoneAbbreviation('Asia/Jakarta', at)).toBe('WIB');
    expect(zoneAbbreviation('Asia/Pontianak', at)).toBe('WIB');
    expect(zoneAbbreviation('Asia/Makassar', at)).toBe('WITA');
    expect(zoneAbbreviation('Asia/Jayapura', at)).toBe('WIT');
  });

  it('falls back to a GMT offset outside Indonesia', () => {
    expect(zoneAbbreviation('Australia/Brisbane', at)).toBe('GMT+10');
    expect(zoneAbbreviation('Asia/Kolkata', at)).toBe('GMT+5:30');
  });

  it('throws on an unknown zone', () => {
    expect(() => zoneAbbreviation('Asia/Nowhere', at)).toThrow(InvalidInputError);
  });
});

describe('defaultTimeZone', () => {
  it('is the zone of the demo city, Kota Jambi', () => {
    expect(defaultTimeZone).toBe('Asia/Jakarta');
  });
});
