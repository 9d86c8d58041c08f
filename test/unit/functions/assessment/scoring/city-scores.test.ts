import { describe, expect, it } from 'vitest';
import { cityScores } from '#functions/assessment/scoring/city-scores.ts';
import { assessed2025, assessed2026, instrument2025, instrument2026 } from './example-cycle.ts';

describe('cityScores', () => {
  it('averages each indicator over the OPDs with a final level, then rolls up and bands the index', () => {
    // Prepare: city final levels (mean over the OPDs that have one):
    //   gov-ps-01 (3 + 2) / 2 = 2.5   gov-ps-02 3 (only diskominfo's review is accepted)
    //   gov-br-01 2   liv-hl-01 4   liv-hl-02 3   env-ws-01 none
    //   public-services = (2.5×1 + 3×2) / 3 = 8.5/3 = 2.8333…;  bureaucracy 2;  health (4 + 3) / 2 = 3.5
    //   governance = (2.8333… + 2) / 2 = 2.4166…;  living 3.5;  environment none
    //   aspects: baseline 2.5, output 3, outcome (2 + 4) / 2 = 3, impact 3, quick-win none
    //   index = (10×2.5 + 20×3 + 30×3 + 30×3) / (10 + 20 + 30 + 30) = 265/90 = 2.9444…
    //   band: 2.94 ≥ 2.6 and < 3.5, Baik

    // Act
    const city = cityScores(instrument2026, assessed2026, 'final');

    // Assess
    expect(city.indicators).toEqual({
      'gov-ps-01': expect.closeTo(2.5, 10),
      'gov-ps-02': expect.closeTo(3, 10),
      'gov-br-01': expect.closeTo(2, 10),
      'liv-hl-01': expect.closeTo(4, 10),
      'liv-hl-02': expect.closeTo(3, 10),
    });
    expect(city.opdCounts).toEqual({
      'gov-ps-01': 2,
      'gov-ps-02': 1,
      'gov-br-01': 1,
      'liv-hl-01': 1,
      'liv-hl-02': 1,
    });
    expect(city.subDimensions).toEqual({
      'governance.public-services': expect.closeTo(8.5 / 3, 10),
      'governance.bureaucracy': expect.closeTo(2, 10),
      'living.health': expect.closeTo(3.5, 10),
    });
    expect(city.dimensions).toEqual({
      governance: expect.closeTo((8.5 / 3 + 2) / 2, 10),
      living: expect.closeTo(3.5, 10),
    });
    expect(city.aspects).toEqual({
      baseline: expect.closeTo(2.5, 10),
      output: expect.closeTo(3, 10),
      outcome: expect.closeTo(3, 10),
      impact: expect.closeTo(3, 10),
    });
    expect(city.index).toBeCloseTo(265 / 90, 10);
    expect(city.band?.id).toBe('baik');
  });

  it('scores self-assessed levels apart, in a higher band here', () => {
    // Prepare: city self levels:
    //   gov-ps-01 (4 + 2) / 2 = 3   gov-ps-02 (3 + 4) / 2 = 3.5   gov-br-01 5   liv-hl-01 4   liv-hl-02 3
    //   public-services = (3×1 + 3.5×2) / 3 = 10/3;  governance = (10/3 + 5) / 2 = 4.1666…
    //   aspects: baseline 3, output 3.5, outcome (5 + 4) / 2 = 4.5, impact 3
    //   index = (10×3 + 20×3.5 + 30×4.5 + 30×3) / 90 = 325/90 = 3.6111…, Sangat Baik

    // Act
    const city = cityScores(instrument2026, assessed2026, 'self');

    // Assess
    expect(city.indicators['gov-ps-02']).toBeCloseTo(3.5, 10);
    expect(city.dimensions.governance).toBeCloseTo((10 / 3 + 5) / 2, 10);
    expect(city.aspects.outcome).toBeCloseTo(4.5, 10);
    expect(city.index).toBeCloseTo(325 / 90, 10);
    expect(city.band?.id).toBe('sangat-baik');
  });

  it('weights the aspects with the instrument’s own weights', () => {
    // Prepare: 2025 city final levels: gov-layanan-01 (3 + 1) / 2 = 2, gov-br-01 1, liv-hl-lama 3
    //   aspects: baseline 2, output 1, impact 3
    //   2025 weights 20/20/20/20/20: index = (20×2 + 20×1 + 20×3) / 60 = 2, Cukup
    //   (with the 2026 weights it would be (10×2 + 20×1 + 30×3) / 60 = 130/60 = 2.1666…)

    // Act
    const city = cityScores(instrument2025, assessed2025, 'final');

    // Assess
    expect(city.dimensions).toEqual({ governance: expect.closeTo(1.5, 10), living: expect.closeTo(3, 10) });
    expect(city.index).toBeCloseTo(2, 10);
    expect(city.band?.id).toBe('cukup');
  });

  it('has no index and no band when nothing has a level of the kind', () => {
    // Act
    const city = cityScores(instrument2026, [{ opd: 'bappeda', indicator: 'gov-ps-01', self: 3 }], 'final');

    // Assess
    expect(city).toEqual({ indicators: {}, subDimensions: {}, dimensions: {}, aspects: {}, opdCounts: {} });
  });
});
