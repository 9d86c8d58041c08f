import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import { dateTimeFormat, formatParts } from '#functions/platform/time/formats.ts';

describe('dateTimeFormat', () => {
  it('makes one formatter per language, zone and options', () => {
    const options = { dateStyle: 'long' } as const;
    const first = dateTimeFormat('id', 'Asia/Makassar', options);
    expect(dateTimeFormat('id', 'Asia/Makassar', { dateStyle: 'long' })).toBe(first);
    expect(dateTimeFormat('en', 'Asia/Makassar', options)).not.toBe(first);
    expect(dateTimeFormat('id', 'Asia/Jayapura', options)).not.toBe(first);
    expect(dateTimeFormat('id', 'Asia/Makassar', { dateStyle: 'short' })).not.toBe(first);
  });

  it('writes Indonesian as in Indonesia and English day first, in the zone it was made for', () => {
    const instant = new Date('2026-08-16T17:30:00Z');
    expect(dateTimeFormat('id', 'Asia/Jakarta', { dateStyle: 'long' }).format(instant)).toBe(
      '17 Agustus 2026',
    );
    expect(dateTimeFormat('en', 'UTC', { dateStyle: 'long' }).format(instant)).toBe('16 August 2026');
  });

  it('throws on an unknown zone', () => {
    expect(() => dateTimeFormat('id', 'Asia/Jambi', {})).toThrow(InvalidInputError);
  });
});

describe('formatParts', () => {
  it('reads the parts by type, an absent one as the empty string', () => {
    const part = formatParts(
      dateTimeFormat('en', 'UTC', { year: 'numeric' }),
      new Date('2026-08-17T00:00:00Z'),
    );
    expect(part('year')).toBe('2026');
    expect(part('weekday')).toBe('');
  });
});
