import type { Instrument } from '#forms/instrument/model.ts';
import { type CityScores, cityScores } from './city-scores.ts';
import { type AssessedLevel, type ScoreKind, scoreKinds } from './levels.ts';
import { type OpdScores, opdScores } from './opd-scores.ts';

export interface KindScores {
  readonly opds: readonly OpdScores[];
  readonly city: CityScores;
}

/**
 * Every score of a cycle, the three kinds side by side and computed apart: a self-assessed level
 * never fills in for a missing verified one, nor a verified one for a final one.
 */
export function cycleScores(
  instrument: Instrument,
  assessed: readonly AssessedLevel[],
): Readonly<Record<ScoreKind, KindScores>> {
  const of = (kind: ScoreKind): KindScores => ({
    opds: opdScores(instrument, assessed, kind),
    city: cityScores(instrument, assessed, kind),
  });
  return Object.fromEntries(scoreKinds.map((kind) => [kind, of(kind)])) as Record<ScoreKind, KindScores>;
}
