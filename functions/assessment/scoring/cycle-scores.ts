import type { AspectId, Instrument } from '#forms/instrument/model.ts';
import { type CityScores, cityScores } from './city-scores.ts';
import { type AssessedLevel, type ScoreKind, scoreKinds } from './levels.ts';
import { type OpdScores, opdScores } from './opd-scores.ts';

export interface KindScores {
  readonly opds: readonly OpdScores[];
  readonly city: CityScores;
}

/**
 * Every score of a cycle, the three kinds side by side and computed apart: a self-assessed level
 * never fills in for a missing verified one, nor a verified one for a final one. The city's
 * aspects measured apart from the levels (`surveyed`: the impact survey's) are the same in all
 * three, so the kinds still differ by their levels alone.
 */
export function cycleScores(
  instrument: Instrument,
  assessed: readonly AssessedLevel[],
  surveyed: Readonly<Partial<Record<AspectId, number>>> = {},
): Readonly<Record<ScoreKind, KindScores>> {
  const of = (kind: ScoreKind): KindScores => ({
    opds: opdScores(instrument, assessed, kind),
    city: cityScores(instrument, assessed, kind, surveyed),
  });
  return Object.fromEntries(scoreKinds.map((kind) => [kind, of(kind)])) as Record<ScoreKind, KindScores>;
}
