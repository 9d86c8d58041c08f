/**
 * A reported number: rounded half away from zero to 2 decimals, as the national reports print
 * indices (3.31, +0.25). Scores are kept at full precision and rounded only here, when shown.
 * Rounding goes through 12 significant digits first, so a product like 1.005 × 100
 * (100.49999999999999 in binary) rounds as the decimal it stands for: `round2(1.005)` is 1.01.
 */
export function round2(value: number): number {
  const hundredths = Math.round(Number((Math.abs(value) * 100).toPrecision(12)));
  // `+ 0` turns a negative zero into 0, so a change of -0.001 is reported as 0, not -0.
  return (Math.sign(value) * hundredths) / 100 + 0;
}
