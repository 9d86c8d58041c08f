import type { Instrument, MaturityLevel } from '#forms/instrument/model.ts';

/**
 * The three kinds of score, never mixed: `self` is what the OPD claimed, `verified` what the
 * evaluators set after checking the evidence, `final` those of a review that has been accepted:
 * the level the evaluation visit found on site where it found one, else the verified level. Every
 * rollup is computed for one kind from the levels of that kind alone.
 */
export const scoreKinds = ['self', 'verified', 'final'] as const;
export type ScoreKind = (typeof scoreKinds)[number];

/**
 * What is known of one OPD's indicator in a cycle. `accepted` says that the review of the
 * verified level is accepted: only then is the verified level also the final one. The final level
 * is derived, not sent, so that it can never disagree with the verified level.
 */
export interface AssessedLevel {
  /** The OPD id. */
  readonly opd: string;
  /** An indicator id of the instrument being scored. */
  readonly indicator: string;
  readonly self?: MaturityLevel;
  readonly verified?: MaturityLevel;
  /** The review of `verified` is accepted; absent means not (yet). */
  readonly accepted?: boolean;
  /**
   * The level the evaluation visit found on site (its team's finding): once the review is
   * accepted, the final level in place of the verified one, since the visit is the last and
   * closest look at the evidence. Before that there is no final level, found or not, so that a
   * final index never rests on some indicators only.
   */
  readonly visited?: MaturityLevel;
}

/** The levels handed to scoring do not fit the instrument: a fault of the caller, not of a person. */
export class ScoringInputError extends Error {
  override readonly name = 'ScoringInputError';
}

/** The level of one kind, if there is one: `final`, once `accepted`, is the visit's level, else `verified`. */
export function levelOf(assessed: AssessedLevel, kind: ScoreKind): MaturityLevel | undefined {
  if (kind === 'final')
    return assessed.accepted === true ? (assessed.visited ?? assessed.verified) : undefined;
  return assessed[kind];
}

/** Levels of one kind: indicator id to level (a mean over OPDs for the city, so not always whole). */
export type IndicatorLevels = ReadonlyMap<string, number>;

/**
 * The assessed levels by OPD, OPDs in code-unit order of their ids, so that every sum later runs in
 * the same order whatever the order of the input (the results of a permuted input are identical,
 * not merely close). Throws {@link ScoringInputError} on an indicator the instrument lacks or on
 * a second entry for the same OPD and indicator. Whether the OPD is responsible for the indicator
 * is not checked here: submissions only accept answers from responsible OPDs.
 */
export function byOpd(
  instrument: Instrument,
  assessed: readonly AssessedLevel[],
): ReadonlyMap<string, ReadonlyMap<string, AssessedLevel>> {
  const known = new Set(instrument.indicators.map((i) => i.id));
  const opds = new Map<string, Map<string, AssessedLevel>>();
  for (const entry of assessed) {
    if (!known.has(entry.indicator))
      throw new ScoringInputError(
        `Indicator "${entry.indicator}" is not in ${instrument.id} version ${instrument.version}.`,
      );
    const levels = opds.get(entry.opd) ?? new Map<string, AssessedLevel>();
    if (levels.has(entry.indicator))
      throw new ScoringInputError(`OPD "${entry.opd}" has two entries for indicator "${entry.indicator}".`);
    levels.set(entry.indicator, entry);
    opds.set(entry.opd, levels);
  }
  return new Map([...opds].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** One OPD's levels of one kind, keyed by indicator id. */
export function levelsOfKind(levels: ReadonlyMap<string, AssessedLevel>, kind: ScoreKind): IndicatorLevels {
  const result = new Map<string, number>();
  for (const [indicator, assessed] of levels) {
    const level = levelOf(assessed, kind);
    if (level !== undefined) result.set(indicator, level);
  }
  return result;
}
