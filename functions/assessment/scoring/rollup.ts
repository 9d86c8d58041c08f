import { type AspectId, aspectIds, type Instrument } from '#forms/instrument/model.ts';
import { smartCityDimensions } from '#forms/smart-city-dimensions.ts';
import type { IndicatorLevels } from './levels.ts';

/**
 * Scores of one kind for one OPD or for the city, at full precision. A part without any level
 * of that kind has no entry (it is not scored 0): an absent score is "not assessed", never "bad".
 */
export interface Rollup {
  /** Indicator id to level: whole for an OPD, a mean over OPDs for the city. */
  readonly indicators: Readonly<Record<string, number>>;
  /** Keyed `dimension.sub-dimension`, e.g. `governance.public-services`. */
  readonly subDimensions: Readonly<Record<string, number>>;
  readonly dimensions: Readonly<Record<string, number>>;
  readonly aspects: Readonly<Partial<Record<AspectId, number>>>;
  /** Absent when no aspect of positive weight has a score. */
  readonly index?: number;
}

interface WeightedSum {
  sum: number;
  weight: number;
}

function add(sums: Map<string, WeightedSum>, key: string, value: number, weight: number): void {
  const s = sums.get(key) ?? { sum: 0, weight: 0 };
  s.sum += value * weight;
  s.weight += weight;
  sums.set(key, s);
}

function means(sums: Map<string, WeightedSum>): Record<string, number> {
  const result: Record<string, number> = {};
  for (const [key, { sum, weight }] of sums) if (weight > 0) result[key] = sum / weight;
  return result;
}

/**
 * Rolls indicator levels up the instrument:
 * - sub-dimension: the mean of the levels of its indicators that have one, weighted by the
 *   indicators' weights;
 * - dimension: the plain mean of its sub-dimensions that have a score (each counts once, however
 *   many indicators it has);
 * - aspect: the mean of the levels of the aspect's indicators that have one, weighted by the
 *   indicators' weights;
 * - index: Σ (aspect weight × aspect score) / Σ aspect weight, both sums over the aspects that
 *   have a score, so an aspect nobody assessed neither lowers nor raises the index.
 * Sums run in the instrument's order of indicators, dimensions and aspects.
 *
 * `surveyed` holds aspect scores measured apart from the indicators, on the same 1-5 scale (the
 * impact survey's, for the impact aspect): such an aspect's score is the surveyed one where no
 * indicator of it has a level, and the mean of the two where both exist.
 */
export function rollup(
  instrument: Instrument,
  levels: IndicatorLevels,
  surveyed: Readonly<Partial<Record<AspectId, number>>> = {},
): Rollup {
  const indicators: Record<string, number> = {};
  const subSums = new Map<string, WeightedSum>();
  const aspectSums = new Map<string, WeightedSum>();
  for (const indicator of instrument.indicators) {
    const level = levels.get(indicator.id);
    if (level === undefined) continue;
    indicators[indicator.id] = level;
    add(subSums, `${indicator.dimension}.${indicator.subDimension}`, level, indicator.weight);
    add(aspectSums, indicator.aspect, level, indicator.weight);
  }
  const subDimensions = means(subSums);
  const dimensionSums = new Map<string, WeightedSum>();
  for (const dimension of smartCityDimensions)
    for (const sub of dimension.subDimensions) {
      const score = subDimensions[`${dimension.id}.${sub.id}`];
      if (score !== undefined) add(dimensionSums, dimension.id, score, 1);
    }
  const aspectScores = means(aspectSums);
  const aspects: Partial<Record<AspectId, number>> = {};
  const indexSum: WeightedSum = { sum: 0, weight: 0 };
  for (const aspect of aspectIds) {
    const measured = [aspectScores[aspect], surveyed[aspect]].filter((v) => v !== undefined);
    if (measured.length === 0) continue;
    const score = measured.reduce((a, b) => a + b, 0) / measured.length;
    aspects[aspect] = score;
    indexSum.sum += score * instrument.aspectWeights[aspect];
    indexSum.weight += instrument.aspectWeights[aspect];
  }
  const rolled = { indicators, subDimensions, dimensions: means(dimensionSums), aspects };
  return indexSum.weight > 0 ? { ...rolled, index: indexSum.sum / indexSum.weight } : rolled;
}
