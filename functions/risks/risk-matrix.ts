import type { Bilingual } from '#functions/platform/text/bilingual.ts';

/**
 * The scale a cycle rates its quick-win risks on: likelihood and impact from 1 to 3 each (the
 * city's own register, the default), or from 1 to 5 each (the SPBE risk management guideline).
 */
export type RiskScale = 3 | 5;

/** A level of the matrix, lowest first; `rank` orders levels within one scale. */
export interface RiskLevel {
  readonly id: 'very-low' | 'low' | 'moderate' | 'high' | 'very-high';
  readonly rank: number;
  readonly label: Bilingual;
  /** The cell's fill on the heat map, from green (lowest) to red (highest), light enough for dark text. */
  readonly fill: string;
}

const level = {
  'very-low': { id: 'very-low', rank: 1, label: { id: 'Sangat rendah', en: 'Very low' }, fill: '#cfe8d5' },
  low: { id: 'low', rank: 2, label: { id: 'Rendah', en: 'Low' }, fill: '#e6efb4' },
  moderate: { id: 'moderate', rank: 3, label: { id: 'Sedang', en: 'Moderate' }, fill: '#fbe39a' },
  high: { id: 'high', rank: 4, label: { id: 'Tinggi', en: 'High' }, fill: '#f6b98a' },
  'very-high': { id: 'very-high', rank: 5, label: { id: 'Sangat tinggi', en: 'Very high' }, fill: '#ef9a9a' },
} as const satisfies Record<RiskLevel['id'], RiskLevel>;

/**
 * The magnitude of each cell of the 5-by-5 matrix of the SPBE risk management guideline, by
 * likelihood (rows, 1 first) and impact (columns, 1 first): a rare but severe risk weighs more
 * than a frequent minor one.
 */
const spbeMagnitudes: readonly (readonly number[])[] = [
  [1, 3, 5, 8, 20],
  [2, 7, 11, 13, 21],
  [4, 10, 14, 17, 22],
  [6, 12, 16, 19, 24],
  [9, 15, 18, 23, 25],
];

/** The levels of a scale, lowest first. */
export function levelsOf(scale: RiskScale): readonly RiskLevel[] {
  return scale === 3
    ? [level.low, level.moderate, level.high]
    : [level['very-low'], level.low, level.moderate, level.high, level['very-high']];
}

/** A rated cell of the matrix: its magnitude and its level. */
export interface RiskRating {
  readonly likelihood: number;
  readonly impact: number;
  readonly magnitude: number;
  readonly level: RiskLevel;
}

/**
 * The cell of `likelihood` and `impact` on `scale`. On 3 by 3 the magnitude is their product,
 * low up to 2, moderate up to 4, high from 6; on 5 by 5 it is the guideline's magnitude, in
 * bands of five from very low (1-5) to very high (21-25).
 * @throws RangeError: a rating that is not a whole number of the scale.
 */
export function rate(scale: RiskScale, likelihood: number, impact: number): RiskRating {
  for (const value of [likelihood, impact])
    if (!Number.isInteger(value) || value < 1 || value > scale)
      throw new RangeError(`A rating on the ${scale}-point scale is a whole number from 1 to ${scale}`);
  if (scale === 3) {
    const magnitude = likelihood * impact;
    const found = magnitude <= 2 ? level.low : magnitude <= 4 ? level.moderate : level.high;
    return { likelihood, impact, magnitude, level: found };
  }
  const magnitude = spbeMagnitudes[likelihood - 1]?.[impact - 1] ?? 0;
  const bands = levelsOf(5);
  const found = bands[Math.ceil(magnitude / 5) - 1] ?? level['very-high'];
  return { likelihood, impact, magnitude, level: found };
}
