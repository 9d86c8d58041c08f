import { describe, expect, it } from 'vitest';
import { round2 } from '#functions/assessment/scoring/round.ts';

describe('round2', () => {
  it.each([
    [265 / 90, 2.94],
    [3.305, 3.31],
    [1.005, 1.01],
    [0.1 + 0.2, 0.3],
    [-1.005, -1.01],
    [-0.25000000000000006, -0.25],
    [5, 5],
  ])('rounds %d to %d', (value, expected) => {
    expect(round2(value)).toBe(expected);
  });

  it('reports a tiny negative change as 0, not -0', () => {
    expect(Object.is(round2(-0.001), 0)).toBe(true);
    expect(Object.is(round2(-4.440892098500626e-16), 0)).toBe(true);
  });
});
