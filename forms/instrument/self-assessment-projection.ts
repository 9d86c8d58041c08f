import type { ComputedValue } from '#forms/engine/definition.ts';
import type { SmartCityDimension } from '#forms/smart-city-dimensions.ts';
import type { Indicator } from './model.ts';
import { selfAssessmentFieldId } from './self-assessment-fields.ts';

/**
 * The projected dimension scores of the self-assessment as the form's computed values.
 *
 * The scoring rolls an OPD's levels up as the mean of a dimension's sub-dimensions, each the mean
 * of its indicators weighted by their weights (`functions/assessment/scoring/rollup.ts`). The
 * engine's computed values only know a plain `average` of fields, but a field named n times counts
 * n times. So each level field is named in proportion to its share of the dimension:
 * `weight / (sum of the weights of its sub-dimension)`, scaled to whole numbers. When every level of
 * the dimension is answered, as in every valid submission (the level is required), the average is
 * the rollup's dimension score. On a partial draft it is not: the rollup then leaves the missing
 * levels out of their sub-dimension, which a fixed count cannot; pages use `projectedScores`.
 */

/** Past this many fields in one average, the dimension gets no computed value (only very odd weights). */
const MAX_FIELDS = 1000;
/** Weights are scaled by up to 10^3 to make them whole; finer ones give no computed value. */
const MAX_DECIMALS = 3;

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function wholeWeights(indicators: readonly Indicator[]): number[] | undefined {
  for (let decimals = 0; decimals <= MAX_DECIMALS; decimals++) {
    const scale = 10 ** decimals;
    const scaled = indicators.map((i) => i.weight * scale);
    if (scaled.every((w) => Math.abs(w - Math.round(w)) < 1e-9)) return scaled.map(Math.round);
  }
  return undefined;
}

/**
 * How many times each indicator's level is counted in its dimension's average, or undefined when
 * the weights are too fine to count in whole numbers within {@link MAX_FIELDS}.
 * @param indicators the OPD's indicators of one dimension.
 */
export function levelCounts(indicators: readonly Indicator[]): Map<string, number> | undefined {
  const weights = wholeWeights(indicators);
  if (weights === undefined) return undefined;
  const subTotals = new Map<string, number>();
  indicators.forEach((indicator, i) => {
    const sub = indicator.subDimension;
    subTotals.set(sub, (subTotals.get(sub) ?? 0) + (weights[i] ?? 0));
  });
  // Every sub-dimension then adds up to the same whole `common`, so each counts once.
  let common = 1;
  for (const total of subTotals.values()) {
    common = (common / gcd(common, total)) * total;
    // Far past any count that fits MAX_FIELDS, and still exact in floating point.
    if (common > 1e9) return undefined;
  }
  const counts = indicators.map((indicator, i) => {
    const total = subTotals.get(indicator.subDimension) ?? 1;
    return ((weights[i] ?? 0) * common) / total;
  });
  const divisor = counts.reduce(gcd);
  const reduced = counts.map((c) => c / divisor);
  if (reduced.reduce((a, b) => a + b, 0) > MAX_FIELDS) return undefined;
  return new Map(indicators.map((indicator, i) => [indicator.id, reduced[i] ?? 0]));
}

/** The id of a dimension's computed value: `projectedGovernance`. */
export function projectedScoreId(dimensionId: string): string {
  const camel = dimensionId.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  return `projected${camel.charAt(0).toUpperCase()}${camel.slice(1)}`;
}

/** The computed value of one dimension, or undefined when its weights cannot be counted (see {@link levelCounts}). */
export function projectedScoreValue(
  dimension: SmartCityDimension,
  indicators: readonly Indicator[],
): ComputedValue | undefined {
  const counts = levelCounts(indicators);
  if (counts === undefined) return undefined;
  const fields = indicators.flatMap((indicator) =>
    Array.from({ length: counts.get(indicator.id) ?? 0 }, () => selfAssessmentFieldId(indicator.id, 'level')),
  );
  return {
    id: projectedScoreId(dimension.id),
    label: {
      id: `Perkiraan nilai ${dimension.label.id} berdasarkan penilaian mandiri`,
      en: `Projected ${dimension.label.en} score from the self-assessment`,
    },
    compute: { kind: 'average', fields },
  };
}
