import { describe, expect, it } from 'vitest';
import type { Instrument } from '#forms/instrument/model.ts';
import { cityScores } from '#functions/assessment/scoring/city-scores.ts';
import { rollup } from '#functions/assessment/scoring/rollup.ts';
import { makeIndicator, makeInstrument } from '../../../forms/instrument/builders.ts';
import { assessed2026, instrument2026 } from './example-cycle.ts';

/*
 * Aspects measured apart from the indicators (`surveyed`: the impact survey's score of the city,
 * for the impact aspect) in the rollup of the city index: the surveyed score is the aspect's where
 * no indicator of the aspect has a level, the mean of the two where both exist, and it weighs in
 * the index with the aspect's weight. It changes no indicator, sub-dimension or dimension.
 *
 * The instrument here, aspect weights 10/20/30/30/10:
 *   gov-ps-01   governance.public-services  baseline  w1
 *   gov-br-01   governance.bureaucracy      output    w1
 *   liv-hl-01   living.health               outcome   w1
 *   liv-hl-02   living.health               impact    w1
 *   liv-mb-01   living.mobility             impact    w3
 */

const instrument: Instrument = makeInstrument({
  indicators: [
    makeIndicator({ id: 'gov-ps-01' }),
    makeIndicator({ id: 'gov-br-01', subDimension: 'bureaucracy', aspect: 'output' }),
    makeIndicator({ id: 'liv-hl-01', dimension: 'living', subDimension: 'health', aspect: 'outcome' }),
    makeIndicator({ id: 'liv-hl-02', dimension: 'living', subDimension: 'health', aspect: 'impact' }),
    makeIndicator({
      id: 'liv-mb-01',
      dimension: 'living',
      subDimension: 'mobility',
      aspect: 'impact',
      weight: 3,
    }),
  ],
});

/** Levels of the indicators that are not of the impact aspect: baseline 2, output 3, outcome 4. */
const withoutImpact = new Map([
  ['gov-ps-01', 2],
  ['gov-br-01', 3],
  ['liv-hl-01', 4],
]);

describe('rollup with surveyed aspects', () => {
  it('takes the surveyed score as the impact aspect where no impact indicator has a level', () => {
    // Prepare: aspects baseline 2, output 3, outcome 4, impact (surveyed) 4.5
    //   without the survey: index (10×2 + 20×3 + 30×4) / 60 = 200/60 = 3.333…
    //   with it:            (200 + 30×4.5) / 90 = 335/90 = 3.7222…

    // Act
    const alone = rollup(instrument, withoutImpact);
    const surveyed = rollup(instrument, withoutImpact, { impact: 4.5 });

    // Assess
    expect(alone.aspects.impact).toBeUndefined();
    expect(alone.index).toBeCloseTo(200 / 60, 10);
    expect(surveyed.aspects).toEqual({
      baseline: expect.closeTo(2, 10),
      output: expect.closeTo(3, 10),
      outcome: expect.closeTo(4, 10),
      impact: expect.closeTo(4.5, 10),
    });
    expect(surveyed.index).toBeCloseTo(335 / 90, 10);
  });

  it('takes the mean of the indicators’ impact and the surveyed one where both exist', () => {
    // Prepare: impact indicators liv-hl-02 2 (w1) and liv-mb-01 4 (w3): (2 + 12) / 4 = 3.5
    //   impact aspect (3.5 + 4.5) / 2 = 4
    //   index (10×2 + 20×3 + 30×4 + 30×4) / 90 = 320/90 = 3.555…
    const levels = new Map([...withoutImpact, ['liv-hl-02', 2], ['liv-mb-01', 4]]);

    // Act
    const indicatorsOnly = rollup(instrument, levels);
    const both = rollup(instrument, levels, { impact: 4.5 });

    // Assess
    expect(indicatorsOnly.aspects.impact).toBeCloseTo(3.5, 10);
    expect(both.aspects.impact).toBeCloseTo(4, 10);
    expect(both.index).toBeCloseTo(320 / 90, 10);
  });

  it('scores the index from the surveyed aspect alone when no indicator has a level', () => {
    // Act
    const scores = rollup(instrument, new Map(), { impact: 3.2 });

    // Assess: the one aspect with a score is the index, with nothing rolled up below it
    expect(scores).toEqual({
      indicators: {},
      subDimensions: {},
      dimensions: {},
      aspects: { impact: expect.closeTo(3.2, 10) },
      index: expect.closeTo(3.2, 10),
    });
  });

  it('changes no indicator, sub-dimension or dimension, and no other aspect', () => {
    // Prepare
    const levels = new Map([...withoutImpact, ['liv-mb-01', 1]]);

    // Act
    const without = rollup(instrument, levels);
    const surveyed = rollup(instrument, levels, { impact: 5 });

    // Assess
    expect(surveyed.indicators).toEqual(without.indicators);
    expect(surveyed.subDimensions).toEqual(without.subDimensions);
    expect(surveyed.dimensions).toEqual(without.dimensions);
    expect({ ...surveyed.aspects, impact: undefined }).toEqual({ ...without.aspects, impact: undefined });
    expect(surveyed.aspects.impact).toBeCloseTo((1 + 5) / 2, 10);
  });

  it('feeds every aspect it is given, each with its own weight', () => {
    // Prepare: quick-win (weight 10) measured apart at 5, impact at 1, no indicator of either:
    //   index (10×2 + 20×3 + 30×4 + 30×1 + 10×5) / 100 = 280/100 = 2.8
    const given = { impact: 1, 'quick-win': 5 } as const;

    // Act
    const scores = rollup(instrument, withoutImpact, given);

    // Assess
    expect(scores.aspects['quick-win']).toBeCloseTo(5, 10);
    expect(scores.index).toBeCloseTo(2.8, 10);
  });

  it('has no index from a surveyed aspect of weight zero', () => {
    // Prepare
    const unweighted = makeInstrument({
      ...instrument,
      aspectWeights: { ...instrument.aspectWeights, impact: 0 },
    });

    // Act
    const scores = rollup(unweighted, new Map(), { impact: 4 });
    const beside = rollup(unweighted, withoutImpact, { impact: 4 });

    // Assess: it is shown as the aspect's score, and moves no index
    expect(scores.aspects.impact).toBeCloseTo(4, 10);
    expect(scores.index).toBeUndefined();
    expect(beside.index).toBeCloseTo(200 / 60, 10);
  });
});

describe('cityScores with the impact survey’s score', () => {
  it('averages the survey into the city’s impact aspect and moves its index', () => {
    // Prepare: the example cycle's final city scores have impact 3 (liv-hl-02) and index 265/90
    //   with the survey at 4.2: impact (3 + 4.2) / 2 = 3.6
    //   index (10×2.5 + 20×3 + 30×3 + 30×3.6) / 90 = 283/90 = 3.1444…

    // Act
    const city = cityScores(instrument2026, assessed2026, 'final', { impact: 4.2 });

    // Assess
    expect(city.aspects.impact).toBeCloseTo(3.6, 10);
    expect(city.index).toBeCloseTo(283 / 90, 10);
    expect(city.band?.id).toBe('baik');
    expect(city.dimensions).toEqual(cityScores(instrument2026, assessed2026, 'final').dimensions);
  });
});
