import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeValues } from '#forms/engine/computed.ts';
import { checkFormDefinition } from '#forms/engine/definition-checks.ts';
import { smartCityInstrument2026 as instrument } from '#forms/instrument/kota-jambi-2026.ts';
import type { Indicator } from '#forms/instrument/model.ts';
import { responsibleIndicators } from '#forms/instrument/self-assessment-fields.ts';
import { selfAssessmentForm } from '#forms/instrument/self-assessment-form.ts';
import { levelCounts, projectedScoreId } from '#forms/instrument/self-assessment-projection.ts';
import { makeIndicator, makeInstrument } from './builders.ts';

const sub = (subDimension: string, id: string, weight: number): Indicator =>
  makeIndicator({ id, subDimension, weight });

/** The rollup's dimension score written out: the plain mean of the weighted sub-dimension means. */
function nestedMean(indicators: readonly Indicator[], levels: ReadonlyMap<string, number>): number {
  const subs = new Map<string, { sum: number; weight: number }>();
  for (const i of indicators) {
    const s = subs.get(i.subDimension) ?? { sum: 0, weight: 0 };
    s.sum += (levels.get(i.id) ?? 0) * i.weight;
    s.weight += i.weight;
    subs.set(i.subDimension, s);
  }
  const means = [...subs.values()].map((s) => s.sum / s.weight);
  return means.reduce((a, b) => a + b, 0) / means.length;
}

describe('levelCounts', () => {
  it('counts each governance level of the demo city by its share of its sub-dimension', () => {
    // Prepare: public services weights 1 and 2, bureaucracy 1 and 1, public policy 1.
    const governance = responsibleIndicators(instrument, 'inspektorat').filter(
      (i) => i.dimension === 'governance',
    );

    // Act, Assess: each sub-dimension adds up to 6.
    expect(levelCounts(governance)).toEqual(
      new Map([
        ['gov-ps-01', 2],
        ['gov-ps-02', 4],
        ['gov-br-01', 3],
        ['gov-br-02', 3],
        ['gov-pp-02', 6],
      ]),
    );
  });

  it('counts decimal weights in whole numbers, in lowest terms', () => {
    // Act: 0.5 and 1.5 share one sub-dimension (5 : 15 of 20), 1 is alone in another (20 of 20).
    const counts = levelCounts([
      sub('public-services', 'a', 0.5),
      sub('public-services', 'b', 1.5),
      sub('bureaucracy', 'c', 1),
    ]);

    // Assess
    expect(counts).toEqual(
      new Map([
        ['a', 1],
        ['b', 3],
        ['c', 4],
      ]),
    );
  });

  it('gives up on weights finer than thousandths', () => {
    expect(levelCounts([sub('public-services', 'a', 1 / 3), sub('bureaucracy', 'b', 1)])).toBeUndefined();
  });

  it('makes the average of the counted levels equal the nested mean, whenever it counts them', () => {
    const weight = fc.constantFrom(0.25, 0.5, 1, 1.5, 2, 3, 7, 12.5);
    const subs = fc.constantFrom('public-services', 'bureaucracy', 'public-policy');
    const indicator = fc.record({ subDimension: subs, weight, level: fc.integer({ min: 1, max: 5 }) });
    fc.assert(
      fc.property(fc.array(indicator, { minLength: 1, maxLength: 8 }), (drawn) => {
        const indicators = drawn.map((d, n) => sub(d.subDimension, `i${n}`, d.weight));
        const levels = new Map(drawn.map((d, n) => [`i${n}`, d.level]));
        const counts = levelCounts(indicators);
        // Some mixes of these weights need more than 1000 fields: those have no computed value.
        fc.pre(counts !== undefined);
        let sum = 0;
        let count = 0;
        for (const [id, c] of counts ?? []) {
          sum += c * (levels.get(id) ?? 0);
          count += c;
        }
        expect(sum / count).toBeCloseTo(nestedMean(indicators, levels), 12);
      }),
    );
  });

  it('always counts indicators of equal weight, each sub-dimension once', () => {
    const subs = fc.constantFrom('public-services', 'bureaucracy', 'public-policy');
    fc.assert(
      fc.property(fc.array(subs, { minLength: 1, maxLength: 12 }), fc.constantFrom(1, 2, 0.5), (drawn, w) => {
        const indicators = drawn.map((s, n) => sub(s, `i${n}`, w));
        const counts = levelCounts(indicators);
        expect(counts).toBeDefined();
        const perSub = new Map<string, number>();
        indicators.forEach(
          (i) =>
            void perSub.set(i.subDimension, (perSub.get(i.subDimension) ?? 0) + (counts?.get(i.id) ?? 0)),
        );
        expect(new Set(perSub.values()).size).toBe(1);
      }),
    );
  });
});

describe('the projected scores of the form', () => {
  it('are one computed value per dimension of the form', () => {
    // Act
    const form = selfAssessmentForm(instrument, 'diskominfo');

    // Assess
    expect(form?.computed?.map((c) => c.id)).toEqual([
      'projectedGovernance',
      'projectedBranding',
      'projectedSociety',
      'projectedEnvironment',
    ]);
    expect(form?.computed?.[0]?.label).toEqual({
      id: 'Perkiraan nilai Smart Governance berdasarkan penilaian mandiri',
      en: 'Projected Smart Governance score from the self-assessment',
    });
  });

  it('leave out a dimension whose weights cannot be counted, and the form stays valid', () => {
    // Prepare
    const odd = makeInstrument({
      indicators: [
        makeIndicator({ id: 'gov-ps-01', weight: 1 / 3 }),
        makeIndicator({ id: 'env-en-01', dimension: 'environment', subDimension: 'energy' }),
      ],
    });

    // Act
    const form = selfAssessmentForm(odd, 'inspektorat');

    // Assess
    expect(form?.sections.map((s) => s.id)).toEqual(['governance', 'environment']);
    expect(form?.computed?.map((c) => c.id)).toEqual([projectedScoreId('environment')]);
    expect(form && checkFormDefinition(form)).toEqual(form);
    expect(form && computeValues(form, { envEn01Level: 4 })).toEqual({ projectedEnvironment: 4 });
  });
});
