import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aspectIds, type Instrument, type MaturityLevel } from '#forms/instrument/model.ts';
import { cycleScores } from '#functions/assessment/scoring/cycle-scores.ts';
import { type AssessedLevel, levelOf, scoreKinds } from '#functions/assessment/scoring/levels.ts';
import { overClaims } from '#functions/assessment/scoring/over-claims.ts';
import type { Rollup } from '#functions/assessment/scoring/rollup.ts';
import { makeIndicator, makeInstrument } from '../../../forms/instrument/builders.ts';

const places = [
  ['governance', 'public-services'],
  ['governance', 'bureaucracy'],
  ['living', 'health'],
  ['environment', 'waste'],
] as const;
const opds = ['bappeda', 'dinas-kesehatan', 'diskominfo'];
const level = fc.constantFrom<MaturityLevel>(1, 2, 3, 4, 5);

/** An instrument of 1 to 6 indicators anywhere in four sub-dimensions, every weight positive. */
const instrument: fc.Arbitrary<Instrument> = fc
  .record({
    weights: fc.tuple(...aspectIds.map(() => fc.integer({ min: 1, max: 40 }))),
    indicators: fc.array(
      fc.record({
        place: fc.constantFrom(...places),
        aspect: fc.constantFrom(...aspectIds),
        weight: fc.integer({ min: 1, max: 3 }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
  })
  .map(({ weights, indicators }) =>
    makeInstrument({
      aspectWeights: Object.fromEntries(
        aspectIds.map((a, i) => [a, weights[i]]),
      ) as Instrument['aspectWeights'],
      indicators: indicators.map(({ place: [dimension, subDimension], aspect, weight }, i) =>
        makeIndicator({ id: `ind-${i}`, dimension, subDimension, aspect, weight }),
      ),
    }),
  );

/** An instrument and, for any OPD and indicator, maybe an entry with maybe a self and a verified level. */
const cycle = instrument.chain((inst) =>
  fc
    .tuple(
      ...opds.flatMap((opd) =>
        inst.indicators.map((indicator) =>
          fc
            .option(
              fc.record({
                self: fc.option(level, { nil: undefined }),
                verified: fc.option(level, { nil: undefined }),
                accepted: fc.boolean(),
              }),
              { nil: undefined },
            )
            .map((entry) => (entry === undefined ? undefined : { opd, indicator: indicator.id, ...entry })),
        ),
      ),
    )
    .map((entries) => ({
      instrument: inst,
      assessed: entries.filter((e): e is NonNullable<typeof e> => e !== undefined) as AssessedLevel[],
    })),
);

/** Every number of a rollup, by its place. */
function numbers(rollup: Rollup): [string, number][] {
  return [
    ...Object.entries(rollup.indicators).map(([k, v]): [string, number] => [`indicator ${k}`, v]),
    ...Object.entries(rollup.subDimensions).map(([k, v]): [string, number] => [`sub-dimension ${k}`, v]),
    ...Object.entries(rollup.dimensions).map(([k, v]): [string, number] => [`dimension ${k}`, v]),
    ...Object.entries(rollup.aspects).map(([k, v]): [string, number] => [`aspect ${k}`, v]),
    ...(rollup.index === undefined ? [] : [['index', rollup.index] as [string, number]]),
  ];
}

/** Every number of every score of a cycle, by kind, OPD or city, and place. */
function allNumbers(scores: ReturnType<typeof cycleScores>): Map<string, number> {
  const result = new Map<string, number>();
  for (const kind of scoreKinds) {
    for (const opd of scores[kind].opds)
      for (const [k, v] of numbers(opd)) result.set(`${kind} ${opd.opd} ${k}`, v);
    for (const [k, v] of numbers(scores[kind].city)) result.set(`${kind} city ${k}`, v);
  }
  return result;
}

describe('scoring invariants', () => {
  it('keeps every score, index included, between 1 and 5, and has an index exactly when a level exists', () => {
    fc.assert(
      fc.property(cycle, ({ instrument, assessed }) => {
        const scores = cycleScores(instrument, assessed);
        for (const value of allNumbers(scores).values()) {
          expect(value).toBeGreaterThanOrEqual(1);
          expect(value).toBeLessThanOrEqual(5);
        }
        for (const kind of scoreKinds) {
          const any = assessed.some((a) => levelOf(a, kind) !== undefined);
          expect(scores[kind].city.index !== undefined).toBe(any);
        }
      }),
    );
  });

  it('gives identical results for any order of the assessed levels', () => {
    fc.assert(
      fc.property(
        cycle.chain((c) =>
          fc
            .shuffledSubarray(c.assessed, { minLength: c.assessed.length, maxLength: c.assessed.length })
            .map((shuffled) => ({ ...c, shuffled })),
        ),
        ({ instrument, assessed, shuffled }) => {
          expect(cycleScores(instrument, shuffled)).toStrictEqual(cycleScores(instrument, assessed));
          expect(overClaims(instrument, shuffled)).toStrictEqual(overClaims(instrument, assessed));
        },
      ),
    );
  });

  it('never lowers any score of any kind when one self or verified level is raised', () => {
    const raised = cycle
      .filter((c) => c.assessed.some((a) => (a.self ?? 5) < 5 || (a.verified ?? 5) < 5))
      .chain((c) => {
        const raisable = c.assessed.flatMap((a, i) =>
          (['self', 'verified'] as const).filter((k) => (a[k] ?? 5) < 5).map((k) => ({ i, k })),
        );
        return fc
          .record({ pick: fc.constantFrom(...raisable), by: fc.integer({ min: 1, max: 4 }) })
          .map((r) => ({
            ...c,
            ...r,
          }));
      });
    fc.assert(
      fc.property(raised, ({ instrument, assessed, pick, by }) => {
        const entry = assessed[pick.i]!;
        const higher = Math.min(5, entry[pick.k]! + by) as MaturityLevel;
        const after = assessed.map((a, i) => (i === pick.i ? { ...a, [pick.k]: higher } : a));
        const before = allNumbers(cycleScores(instrument, assessed));
        const now = allNumbers(cycleScores(instrument, after));
        expect([...now.keys()].sort()).toEqual([...before.keys()].sort());
        for (const [place, value] of before) expect(now.get(place), place).toBeGreaterThanOrEqual(value);
      }),
    );
  });
});
