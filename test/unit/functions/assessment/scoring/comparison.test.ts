import { describe, expect, it } from 'vitest';
import { checkInstrument } from '#forms/instrument/schema.ts';
import { cityScores } from '#functions/assessment/scoring/city-scores.ts';
import { compareYears } from '#functions/assessment/scoring/comparison.ts';
import { ScoringInputError } from '#functions/assessment/scoring/levels.ts';
import { round2 } from '#functions/assessment/scoring/round.ts';
import { assessed2025, assessed2026, instrument2025, instrument2026 } from './example-cycle.ts';

const thisYear = { instrument: instrument2026, city: cityScores(instrument2026, assessed2026, 'final') };
const lastYear = { instrument: instrument2025, city: cityScores(instrument2025, assessed2025, 'final') };

describe('compareYears', () => {
  it('uses two versions the instrument check accepts as previous and next', () => {
    expect(checkInstrument(instrument2026, instrument2025).ok).toBe(true);
  });

  it('compares each continued indicator with the one it continues, and each year’s own index', () => {
    // Prepare (city final levels and indices, see city-scores.test.ts):
    //   gov-ps-01 2.5, continues gov-layanan-01 2     change +0.5
    //   gov-br-01 2,   continues gov-br-01 1           change +1
    //   gov-ps-02, liv-hl-01, liv-hl-02: new, no change; liv-hl-lama: dropped
    //   governance 2.4166… − 1.5 = +0.9166…;  living 3.5 − 3 = +0.5
    //   index 2.9444… (2026 weights 10/20/30/30/10) − 2 (2025 weights 20 each) = +0.9444…, reported +0.94

    // Act
    const comparison = compareYears(thisYear, lastYear);

    // Assess
    expect(comparison.indicators).toEqual([
      {
        indicator: 'gov-ps-01',
        previous: 'gov-layanan-01',
        level: expect.closeTo(2.5, 10),
        previousLevel: expect.closeTo(2, 10),
        change: expect.closeTo(0.5, 10),
      },
      {
        indicator: 'gov-br-01',
        previous: 'gov-br-01',
        level: expect.closeTo(2, 10),
        previousLevel: expect.closeTo(1, 10),
        change: expect.closeTo(1, 10),
      },
    ]);
    expect(comparison.dimensions).toEqual({
      governance: expect.closeTo((8.5 / 3 + 2) / 2 - 1.5, 10),
      living: expect.closeTo(0.5, 10),
    });
    expect(comparison.index).toBeCloseTo(265 / 90 - 2, 10);
    expect(round2(comparison.index ?? Number.NaN)).toBe(0.94);
  });

  it('skips a continued indicator without a city level in either year', () => {
    // Prepare: nobody has a final level of gov-br-01 this year.
    const assessed = assessed2026.filter((a) => a.indicator !== 'gov-br-01');
    const current = { instrument: instrument2026, city: cityScores(instrument2026, assessed, 'final') };

    // Act
    const comparison = compareYears(current, lastYear);

    // Assess
    expect(comparison.indicators.map((c) => c.indicator)).toEqual(['gov-ps-01']);
  });

  it('has no index change when a year has no index', () => {
    // Prepare
    const empty = { instrument: instrument2025, city: cityScores(instrument2025, [], 'final') };

    // Act
    const comparison = compareYears(thisYear, empty);

    // Assess
    expect(comparison).toEqual({ indicators: [], dimensions: {} });
  });

  it('refuses a last year that is not the version this year continues', () => {
    // Prepare
    const otherVersion = { ...lastYear, instrument: { ...instrument2025, version: 3 } };
    const otherFamily = { ...lastYear, instrument: { ...instrument2025, id: 'spbe' } };

    // Assess
    expect(() => compareYears(thisYear, otherVersion)).toThrow(ScoringInputError);
    expect(() => compareYears(thisYear, otherFamily)).toThrow(ScoringInputError);
  });
});
