import fc from 'fast-check';

/**
 * Generators of the answer values where the engine and its JSON Schema export are likely to part,
 * besides web addresses (`url-arbitraries.ts`): content types in any case, blank text, lengths
 * counted in code points, and calendar edges.
 * @packageDocumentation
 */

/** `accept` entries in any case, with subtypes that do and do not fit a wildcard. */
export function contentTypeText(accept: readonly string[]): fc.Arbitrary<string> {
  const subtypes = [
    'png',
    'svg+xml',
    'vnd.x-y',
    '',
    ' png',
    'png; q=1',
    'p\u212Ang',
    '*',
    'png ',
    'x'.repeat(260),
  ];
  const accepted = fc
    .constantFrom(...accept)
    .chain((a) =>
      a.endsWith('/*') ? fc.constantFrom(...subtypes).map((s) => `${a.slice(0, -1)}${s}`) : fc.constant(a),
    );
  return fc.oneof(
    { weight: 6, arbitrary: fc.mixedCase(accepted) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        ...['text/html', 'application/pdf ', ' application/pdf', 'application/pdf;charset=x', 'application/'],
        ...['appl\u0130cation/pdf', 'image', 'image/', 'IMAGE/PNG', 'application/x-pdf', ''],
      ),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );
}

/** Blank text as the engine sees it: only white space, including the Unicode kinds. */
export const blankText: fc.Arbitrary<string> = fc.constantFrom(
  '',
  ' ',
  '   ',
  '\t',
  '\n',
  ' \r\n',
  '\u00A0',
  '\u3000',
  '\uFEFF',
  '\u2028',
);

/** Text up to about `maxLength` characters, some outside the Basic Multilingual Plane. */
export function textNear(maxLength: number): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: Math.min(maxLength + 2, 40) }),
    fc
      .tuple(
        fc.constantFrom('a', 'é', '😀', ' ', '\uD800'),
        fc.integer({ min: Math.max(0, maxLength - 2), max: maxLength + 1 }),
      )
      .map(([c, n]) => c.repeat(n)),
    fc
      .tuple(fc.string({ maxLength: 4 }), blankText, fc.string({ maxLength: 4 }))
      .map((parts) => parts.join('')),
    blankText,
  );
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Dates around `min` and `max`, leap days, and strings of almost the right shape. */
export function dateText(min?: string, max?: string): fc.Arbitrary<string> {
  const bounds = [min, max].filter((d): d is string => d !== undefined);
  const shift = (date: string, days: number): string =>
    new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return fc.oneof(
    fc
      .record({
        y: fc.integer({ min: 0, max: 9999 }),
        m: fc.integer({ min: 0, max: 13 }),
        d: fc.integer({ min: 0, max: 32 }),
      })
      .map(({ y, m, d }) => `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`),
    fc.constantFrom(
      '1900-02-29',
      '2000-02-29',
      '2100-02-29',
      '2024-02-29',
      '2023-02-29',
      '0000-02-29',
      '9999-12-31',
    ),
    bounds.length === 0
      ? fc.constant('2020-06-15')
      : fc.tuple(fc.constantFrom(...bounds), fc.integer({ min: -3, max: 3 })).map(([d, n]) => shift(d, n)),
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    fc.constantFrom(
      '2020-2-3',
      ' 2020-01-01',
      '2020-01-01 ',
      '2020/01/01',
      '20200101',
      '２０２０-01-01',
      '2020-01-01T00:00',
    ),
  );
}
