import { describe, expect, it } from 'vitest';
import {
  CALENDAR_DATE,
  caseless,
  contentTypePattern,
  dateBound,
  webUrlSource,
} from '#forms/engine/json-schema-patterns.ts';
import { acceptsContentType, isCalendarDate, isWebUrl } from '#forms/engine/value-checks.ts';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

describe('JSON Schema patterns', () => {
  it('matches exactly the calendar dates isCalendarDate accepts, every year from 0000 to 9999', () => {
    // Prepare
    const pattern = new RegExp(CALENDAR_DATE, 'u');
    const mismatches: string[] = [];

    // Act
    for (let year = 0; year <= 9999; year++) {
      for (const [month, day] of [
        [2, 28],
        [2, 29],
        [2, 30],
        [4, 30],
        [4, 31],
        [12, 31],
        [13, 1],
        [1, 0],
      ] as const) {
        const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
        if (pattern.test(date) !== isCalendarDate(date)) mismatches.push(date);
      }
    }

    // Assess
    expect(mismatches).toEqual([]);
  });

  it('orders dates like their text, on and around each bound', () => {
    // Prepare
    const dates: string[] = [];
    for (let t = Date.UTC(1998, 0, 1); t <= Date.UTC(2021, 11, 31); t += 86_400_000 * 3)
      dates.push(new Date(t).toISOString().slice(0, 10));

    // Act and assess
    for (const bound of ['2000-01-01', '2000-02-29', '2019-09-09', '2020-12-31', '1999-12-31']) {
      const onOrAfter = new RegExp(dateBound(bound, true), 'u');
      const onOrBefore = new RegExp(dateBound(bound, false), 'u');
      expect(dates.filter((d) => onOrAfter.test(d) !== d >= bound)).toEqual([]);
      expect(dates.filter((d) => onOrBefore.test(d) !== d <= bound)).toEqual([]);
    }
  });

  it('ignores the case of ASCII letters only', () => {
    const pattern = new RegExp(`^${caseless('image/svg+xml')}$`, 'u');
    expect(['IMAGE/SVG+XML', 'image/Svg+Xml'].map((s) => pattern.test(s))).toEqual([true, true]);
    expect(['image/svg xml', 'ımage/svg+xml'].map((s) => pattern.test(s))).toEqual([false, false]);
  });

  it('accepts the content types acceptsContentType accepts, among a sample of each kind', () => {
    const accept = ['application/pdf', 'image/*'];
    const pattern = new RegExp(contentTypePattern(accept), 'u');
    for (const type of [
      'application/pdf',
      'APPLICATION/PDF',
      'image/png',
      'Image/SVG+xml',
      'image/',
      'image/a b',
      'text/csv',
    ])
      expect(pattern.test(type)).toBe(acceptsContentType(accept, type));
  });

  it('refuses no web address the engine accepts, whatever character it holds', () => {
    // Prepare
    const pattern = new RegExp(webUrlSource(true), 'u');
    const refused: string[] = [];

    // Act: every code point up to U+2FFF, where the special cases are, then a sample of the rest
    for (let code = 0; code <= 0xffff; code += code < 0x3000 ? 1 : 17) {
      const c = String.fromCharCode(code);
      for (const url of [
        `https://a${c}b.id/`,
        `https://a.id/${c}`,
        `https://u${c}@a.id/`,
        `https:${c}a.id`,
        `https://a.id:${c}/`,
      ]) {
        if (isWebUrl(url, true) && !pattern.test(url)) refused.push(url);
      }
    }

    // Assess
    expect(refused).toEqual([]);
  });
});
