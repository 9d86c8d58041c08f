import type { Band } from '#forms/instrument/model.ts';
import { round2 } from './round.ts';

/**
 * The band an index falls in: the first of the instrument's bands (listed highest first) whose
 * `from` the index reaches. The index is compared as reported, rounded to 2 decimals: a city
 * whose report reads 3.50 is "Sangat Baik" (from 3.5), never "Baik" because its index was
 * 3.4962 at full precision. Comparing the rounded value also keeps binary fractions such as
 * 3.4999999999999996 from falling a band short.
 */
export function bandOf(bands: readonly Band[], index: number): Band | undefined {
  const reported = round2(index);
  return bands.find((band) => reported >= band.from);
}
