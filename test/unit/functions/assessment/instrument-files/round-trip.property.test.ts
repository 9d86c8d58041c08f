import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aspectIds, type Indicator, type Instrument } from '#forms/instrument/model.ts';
import { checkInstrument } from '#forms/instrument/schema.ts';
import { smartCityDimensions } from '#forms/smart-city-dimensions.ts';
import { readInstrumentCsv, writeInstrumentCsv } from '#functions/assessment/instrument-files/csv.ts';
import { readInstrumentXlsx, writeInstrumentXlsx } from '#functions/assessment/instrument-files/xlsx.ts';

/** Characters that make files hard: separators, quotes, line breaks, spaces, digits, non-Latin letters. */
const chars = [...'aZ09 ,;."\'\n\t=*-éÖ', 'ñ', 'ā', '字', '😀'];
const text = fc
  .string({ unit: fc.constantFrom(...chars), minLength: 1, maxLength: 12 })
  .filter((s) => s.trim() !== '');
const bilingual = fc.record({ id: text, en: text });
const kebab = fc.stringMatching(/^[a-z][a-z0-9]{0,5}(-[a-z0-9]{1,3}){0,2}$/);
const level = fc.record({ description: bilingual, evidence: bilingual });
const place = fc.constantFrom(
  ...smartCityDimensions.flatMap((d) =>
    d.subDimensions.map((s) => ({ dimension: d.id, subDimension: s.id })),
  ),
);

const indicator = (id: string): fc.Arbitrary<Indicator> =>
  fc
    .record({
      place,
      aspect: fc.constantFrom(...aspectIds),
      title: bilingual,
      question: bilingual,
      levels: fc.tuple(level, level, level, level, level),
      responsible: fc.oneof(
        fc.constant({ all: true as const }),
        fc.record({ opds: fc.uniqueArray(kebab, { minLength: 1, maxLength: 3 }) }),
      ),
      weight: fc.oneof(fc.constant(1), fc.double({ min: 0.001, max: 100, noNaN: true })),
    })
    .map(({ place: { dimension, subDimension }, ...rest }) => ({ id, dimension, subDimension, ...rest }));

/** Weights of the five aspects in tenths, adding up to exactly 100. */
const aspectWeights = fc
  .tuple(...aspectIds.slice(1).map(() => fc.integer({ min: 0, max: 250 })))
  .map((tenths) => {
    const weights = [1000 - tenths.reduce((a, b) => a + b, 0), ...tenths].map((t) => t / 10);
    return Object.fromEntries(aspectIds.map((a, i) => [a, weights[i]])) as Instrument['aspectWeights'];
  });

const bands = fc
  .uniqueArray(fc.integer({ min: 1, max: 50 }), { maxLength: 4 })
  .chain((froms) =>
    fc.tuple(
      ...[...froms.sort((a, b) => b - a), 0].map((from) =>
        fc.record({ id: kebab, label: bilingual, from: fc.constant(from / 10) }),
      ),
    ),
  );

const instrument: fc.Arbitrary<Instrument> = fc
  .uniqueArray(kebab, { minLength: 1, maxLength: 5 })
  .chain((ids) =>
    fc.record({
      id: kebab,
      version: fc.integer({ min: 1, max: 99 }),
      year: fc.integer({ min: 2000, max: 2100 }),
      title: bilingual,
      aspectWeights,
      bands,
      indicators: fc.tuple(...ids.map(indicator)),
    }),
  )
  .filter((candidate) => aspectIds.reduce((sum, a) => sum + candidate.aspectWeights[a], 0) === 100)
  // fast-check may build objects without a prototype; an instrument read from a file has plain ones.
  .map((candidate) => structuredClone(candidate));

describe('instrument files, for any instrument', () => {
  it('read back from CSV what they wrote', () => {
    fc.assert(
      fc.property(instrument, (generated) => {
        expect(checkInstrument(generated).ok).toBe(true);
        expect(readInstrumentCsv(writeInstrumentCsv(generated))).toStrictEqual({
          ok: true,
          instrument: generated,
        });
      }),
      { numRuns: 150 },
    );
  });

  it('read back from XLSX what they wrote', async () => {
    await fc.assert(
      fc.asyncProperty(instrument, async (generated) => {
        expect(checkInstrument(generated).ok).toBe(true);
        const read = await readInstrumentXlsx(await writeInstrumentXlsx(generated));
        expect(read).toStrictEqual({ ok: true, instrument: generated });
      }),
      { numRuns: 30 },
    );
  });
});
