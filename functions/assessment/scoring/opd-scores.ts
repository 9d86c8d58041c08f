import type { Instrument } from '#forms/instrument/model.ts';
import { type AssessedLevel, byOpd, levelsOfKind, type ScoreKind } from './levels.ts';
import { type Rollup, rollup } from './rollup.ts';

/** One OPD's scores of one kind. */
export interface OpdScores extends Rollup {
  readonly opd: string;
}

/**
 * Each OPD's scores of one kind, OPDs in order of their ids; an OPD listed in `assessed` without
 * any level of that kind still appears, with empty scores and no index.
 * Throws `ScoringInputError` when `assessed` does not fit the instrument (see `byOpd`).
 */
export function opdScores(
  instrument: Instrument,
  assessed: readonly AssessedLevel[],
  kind: ScoreKind,
): OpdScores[] {
  return [...byOpd(instrument, assessed)].map(([opd, levels]) => ({
    opd,
    ...rollup(instrument, levelsOfKind(levels, kind)),
  }));
}
