import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyString, parseSourceValues, SourceValueError } from '#functions/visits/draw/key-string.ts';
import { draw } from '#functions/visits/draw/rfc3797.ts';

/*
 * The worked example of RFC 3797, section 6: three lotteries, a pool of 25 volunteers, ten
 * selected. The key string, the first digests and the selection below are the RFC's own.
 */
const rfcSources = [[9319n], [2n, 5n, 12n, 8n, 10n], [9n, 18n, 26n, 34n, 41n, 45n]];
const rfcKey = '9319./2.5.8.10.12./9.18.26.34.41.45./';
const rfcDigests = [
  '990DD0A5692A029A98B5E01AA28F3459',
  '3691E55CB63FCC37914430B2F70B5EC6',
  'FE814EDF564C190AC1D25753979990FA',
  '1863CCACEB568C31D7DDBDF1D4E91387',
  'F4AB33DF4889F0AF29C513905BE1D758',
  '13EAEB529F61ACFB9A29D0BA3A60DE4A',
  '992DB77C382CA2BDB9727001F3CDCCD9',
];
const rfcSelection = [17, 7, 2, 16, 25, 23, 8, 24, 19, 13];

describe('the draw of RFC 3797', () => {
  it('reproduces the worked example of section 6: key string, digests and selection', () => {
    // Act
    const key = keyString(rfcSources);
    const steps = draw(key, 25, 10);

    // Assess
    expect(key).toBe(rfcKey);
    expect(steps.slice(0, rfcDigests.length).map((s) => s.digest)).toEqual(rfcDigests);
    expect(steps.map((s) => s.position)).toEqual(rfcSelection);
  });

  it('reads a source as a person types it, and refuses what is not a whole number', () => {
    // Act
    const typed = parseSourceValues(' 2, 5 12;8  10 ');

    // Assess
    expect(typed).toEqual([2n, 5n, 12n, 8n, 10n]);
    for (const bad of ['', '1.5', '7,234.56', '-3', 'x'])
      expect(() => parseSourceValues(bad), bad).toThrow(SourceValueError);
  });

  it('writes numbers without leading zeros, and a source of one number alike', () => {
    // Act
    const key = keyString([[7n], [10n, 0n, 3n]]);

    // Assess
    expect(key).toBe('7./0.3.10./');
  });

  it('selects distinct positions of the pool, the same for the same key', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc
          .integer({ min: 1, max: 200 })
          .chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 1, max: n }))),
        (key, [poolSize, count]) => {
          // Act
          const positions = draw(key, poolSize, count).map((s) => s.position);

          // Assess
          expect(new Set(positions).size).toBe(count);
          expect(positions.every((p) => p >= 1 && p <= poolSize)).toBe(true);
          expect(draw(key, poolSize, count).map((s) => s.position)).toEqual(positions);
        },
      ),
    );
  });

  it('selects each entry as often as chance says: n/N over 10,000 draws (chi-square, p = 0.001)', () => {
    // Prepare: 40 OPDs, 6 drawn each time, from random lottery-like values
    const poolSize = 40;
    const count = 6;
    const draws = 10_000;
    const seen = new Array<number>(poolSize).fill(0);
    const values = fc.sample(fc.array(fc.bigInt({ min: 0n, max: 99_999n }), { minLength: 1, maxLength: 6 }), {
      numRuns: draws * 3,
      seed: 3797,
    });

    // Act
    for (let d = 0; d < draws; d++) {
      const key = keyString([values[3 * d] ?? [1n], values[3 * d + 1] ?? [2n], values[3 * d + 2] ?? [3n]]);
      for (const { position } of draw(key, poolSize, count))
        seen[position - 1] = (seen[position - 1] ?? 0) + 1;
    }

    // Assess: 39 degrees of freedom; the chi-square value beyond which p < 0.001 is 72.05
    const expected = (draws * count) / poolSize;
    const chiSquare = seen.reduce((sum, observed) => sum + (observed - expected) ** 2 / expected, 0);
    expect(chiSquare).toBeLessThan(72.05);
    expect(seen.reduce((a, b) => a + b, 0)).toBe(draws * count);
  });

  it.each([
    [0, 1],
    [5, 0],
    [5, 6],
    [2.5, 1],
  ])('refuses a pool of %s from which to select %s', (poolSize, count) => {
    // Act, Assess
    expect(() => draw(rfcKey, poolSize, count)).toThrow(RangeError);
  });
});
