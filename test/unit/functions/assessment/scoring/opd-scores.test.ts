import { describe, expect, it } from 'vitest';
import { opdScores } from '#functions/assessment/scoring/opd-scores.ts';
import { assessed2026, instrument2026 } from './example-cycle.ts';

describe('opdScores', () => {
  it('rolls one OPD’s final levels up to sub-dimensions, dimensions, aspects and index', () => {
    // Prepare: diskominfo's final levels are gov-ps-01 3, gov-ps-02 3 (w2), gov-br-01 2.
    //   public-services = (3×1 + 3×2) / (1 + 2) = 9/3 = 3;  bureaucracy = 2
    //   governance      = (3 + 2) / 2 = 2.5
    //   aspects: baseline 3, output 3, outcome 2 (impact and quick-win not assessed)
    //   index = (10×3 + 20×3 + 30×2) / (10 + 20 + 30) = 150/60 = 2.5

    // Act
    const diskominfo = opdScores(instrument2026, assessed2026, 'final').find((s) => s.opd === 'diskominfo');

    // Assess
    expect(diskominfo?.indicators).toEqual({ 'gov-ps-01': 3, 'gov-ps-02': 3, 'gov-br-01': 2 });
    expect(diskominfo?.subDimensions['governance.public-services']).toBeCloseTo(3, 10);
    expect(diskominfo?.subDimensions['governance.bureaucracy']).toBeCloseTo(2, 10);
    expect(diskominfo?.dimensions).toEqual({ governance: expect.closeTo(2.5, 10) });
    expect(diskominfo?.aspects).toEqual({
      baseline: expect.closeTo(3, 10),
      output: expect.closeTo(3, 10),
      outcome: expect.closeTo(2, 10),
    });
    expect(diskominfo?.index).toBeCloseTo(2.5, 10);
  });

  it('leaves out a level whose review is not accepted from the final scores only', () => {
    // Prepare: dinas-kesehatan's gov-ps-02 (verified 2) is not accepted, so its final levels are
    // gov-ps-01 2, liv-hl-01 4, liv-hl-02 3.
    //   public-services = 2;  health = (4 + 3) / 2 = 3.5
    //   governance = 2;  living = 3.5
    //   aspects: baseline 2, outcome 4, impact 3
    //   index = (10×2 + 30×4 + 30×3) / (10 + 30 + 30) = 230/70 = 3.2857…
    // Its verified scores keep gov-ps-02: public-services = (2×1 + 2×2) / 3 = 2, output 2,
    //   index = (10×2 + 20×2 + 30×4 + 30×3) / 90 = 270/90 = 3.

    // Act
    const final = opdScores(instrument2026, assessed2026, 'final').find((s) => s.opd === 'dinas-kesehatan');
    const verified = opdScores(instrument2026, assessed2026, 'verified').find(
      (s) => s.opd === 'dinas-kesehatan',
    );

    // Assess
    expect(final?.indicators).not.toHaveProperty('gov-ps-02');
    expect(final?.subDimensions['living.health']).toBeCloseTo(3.5, 10);
    expect(final?.dimensions).toEqual({ governance: expect.closeTo(2, 10), living: expect.closeTo(3.5, 10) });
    expect(final?.aspects).toEqual({
      baseline: expect.closeTo(2, 10),
      outcome: expect.closeTo(4, 10),
      impact: expect.closeTo(3, 10),
    });
    expect(final?.index).toBeCloseTo(230 / 70, 10);
    expect(verified?.aspects.output).toBeCloseTo(2, 10);
    expect(verified?.index).toBeCloseTo(3, 10);
  });

  it('lists OPDs by id and keeps one without any level of the kind, with no index', () => {
    // Prepare
    const assessed = [
      ...assessed2026,
      { opd: 'bappeda', indicator: 'gov-ps-01', self: 2 as const }, // self only: nothing final
    ];

    // Act
    const scores = opdScores(instrument2026, assessed, 'final');

    // Assess
    expect(scores.map((s) => s.opd)).toEqual(['bappeda', 'dinas-kesehatan', 'diskominfo']);
    expect(scores[0]).toEqual({
      opd: 'bappeda',
      indicators: {},
      subDimensions: {},
      dimensions: {},
      aspects: {},
    });
  });
});
