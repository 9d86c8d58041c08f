import { describe, expect, it } from 'vitest';
import { cityScores } from '#functions/assessment/scoring/city-scores.ts';
import { cycleScores } from '#functions/assessment/scoring/cycle-scores.ts';
import { opdScores } from '#functions/assessment/scoring/opd-scores.ts';
import { assessed2026, instrument2026 } from './example-cycle.ts';

describe('cycleScores', () => {
  it('keeps the three kinds apart, each as opdScores and cityScores compute it', () => {
    // Act
    const scores = cycleScores(instrument2026, assessed2026);

    // Assess: city indices 325/90 (self), 255/90 (verified), 265/90 (final).
    for (const kind of ['self', 'verified', 'final'] as const) {
      expect(scores[kind].opds).toEqual(opdScores(instrument2026, assessed2026, kind));
      expect(scores[kind].city).toEqual(cityScores(instrument2026, assessed2026, kind));
    }
    expect(scores.self.city.index).toBeCloseTo(325 / 90, 10);
    expect(scores.verified.city.index).toBeCloseTo(255 / 90, 10);
    expect(scores.final.city.index).toBeCloseTo(265 / 90, 10);
  });
});
