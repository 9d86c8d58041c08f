import type { Instrument } from '#forms/instrument/model.ts';
import type { CityScores } from './city-scores.ts';
import { ScoringInputError } from './levels.ts';

/** One year's instrument and the city's scores under it (of one kind, normally `final`). */
export interface YearScores {
  readonly instrument: Instrument;
  readonly city: CityScores;
}

/** The change of one indicator's city level from the indicator it continues. */
export interface IndicatorChange {
  /** The indicator of this year's instrument. */
  readonly indicator: string;
  /** The indicator of last year's instrument that it continues (its `previous`). */
  readonly previous: string;
  readonly level: number;
  readonly previousLevel: number;
  /** `level - previousLevel`, at full precision. */
  readonly change: number;
}

export interface YearComparison {
  /** In this year's order of indicators; only those with `previous` and a city level both years. */
  readonly indicators: readonly IndicatorChange[];
  /** Dimensions (the same six every year) with a score both years: this year's minus last year's. */
  readonly dimensions: Readonly<Record<string, number>>;
  /** This year's index minus last year's; absent when either year has no index. */
  readonly index?: number;
}

/**
 * Compares this year with last year, as the national reports print "3.31 (+0.25)".
 * An indicator is compared only with the indicator its `previous` names; one without `previous`
 * is new and has no change. The index change is the difference of the two indices as each year
 * computed it, each weighted by its own year's aspect weights: it compares what the city
 * achieved under each year's rules, which is what was published, and does not re-weight last
 * year's aspects with this year's weights (last year's results would then no longer match last
 * year's report). With different weights the change thus mixes a change of levels with a change
 * of rules; the indicator changes show the levels alone.
 * Throws {@link ScoringInputError} unless last year's instrument is the version this year's
 * `previousVersion` names, of the same family.
 */
export function compareYears(current: YearScores, previous: YearScores): YearComparison {
  const now = current.instrument;
  const before = previous.instrument;
  if (now.id !== before.id || now.previousVersion !== before.version)
    throw new ScoringInputError(
      `${now.id} version ${now.version} does not continue ${before.id} version ${before.version}.`,
    );
  const indicators: IndicatorChange[] = [];
  for (const indicator of now.indicators) {
    if (indicator.previous === undefined) continue;
    const level = current.city.indicators[indicator.id];
    const previousLevel = previous.city.indicators[indicator.previous];
    if (level === undefined || previousLevel === undefined) continue;
    indicators.push({
      indicator: indicator.id,
      previous: indicator.previous,
      level,
      previousLevel,
      change: level - previousLevel,
    });
  }
  const dimensions: Record<string, number> = {};
  for (const [dimension, score] of Object.entries(current.city.dimensions)) {
    const last = previous.city.dimensions[dimension];
    if (last !== undefined) dimensions[dimension] = score - last;
  }
  const { index } = current.city;
  const lastIndex = previous.city.index;
  return index === undefined || lastIndex === undefined
    ? { indicators, dimensions }
    : { indicators, dimensions, index: index - lastIndex };
}
