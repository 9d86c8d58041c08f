import type { AspectId, Band, Instrument } from '#forms/instrument/model.ts';
import { bandOf } from './bands.ts';
import { type AssessedLevel, byOpd, levelOf, type ScoreKind } from './levels.ts';
import { type Rollup, rollup } from './rollup.ts';

/** The city's scores of one kind, and the band of its index. */
export interface CityScores extends Rollup {
  /** How many OPDs have a level of this kind for each indicator (the divisor of its mean). */
  readonly opdCounts: Readonly<Record<string, number>>;
  /** Absent when there is no index. */
  readonly band?: Band;
}

/**
 * The city's scores of one kind. An indicator's city level is the plain mean of the levels of the
 * OPDs that have one of that kind (an OPD without one is left out, not counted as 0); from there
 * the city rolls up exactly as one OPD does (see `rollup`), and its index is banded with the
 * instrument's bands (see `bandOf`). Every OPD thus weighs the same within an indicator, however
 * many other indicators it answers. `surveyed` feeds aspects measured apart from the indicators
 * (the impact survey's score of the city, for the impact aspect; see `rollup`).
 * Throws `ScoringInputError` when `assessed` does not fit the instrument (see `byOpd`).
 */
export function cityScores(
  instrument: Instrument,
  assessed: readonly AssessedLevel[],
  kind: ScoreKind,
  surveyed: Readonly<Partial<Record<AspectId, number>>> = {},
): CityScores {
  const sums = new Map<string, { sum: number; count: number }>();
  // OPDs in order of their ids, so the sums do not depend on the order of the input.
  for (const levels of byOpd(instrument, assessed).values())
    for (const indicator of instrument.indicators) {
      const entry = levels.get(indicator.id);
      const level = entry === undefined ? undefined : levelOf(entry, kind);
      if (level === undefined) continue;
      const s = sums.get(indicator.id) ?? { sum: 0, count: 0 };
      s.sum += level;
      s.count += 1;
      sums.set(indicator.id, s);
    }
  const means = new Map([...sums].map(([id, { sum, count }]) => [id, sum / count]));
  const opdCounts = Object.fromEntries([...sums].map(([id, { count }]) => [id, count]));
  const city = rollup(instrument, means, surveyed);
  const band = city.index === undefined ? undefined : bandOf(instrument.bands, city.index);
  return band === undefined ? { ...city, opdCounts } : { ...city, opdCounts, band };
}
