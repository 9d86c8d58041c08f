import { describe, expect, it } from 'vitest';
import { levelsOf, rate } from '#functions/risks/risk-matrix.ts';

const levelIds = (scale: 3 | 5) =>
  Array.from({ length: scale }, (_, l) =>
    Array.from({ length: scale }, (_, i) => rate(scale, l + 1, i + 1).level.id),
  );

describe('the risk matrix', () => {
  it('rates 3 by 3 by the product: low up to 2, moderate up to 4, high from 6', () => {
    expect(levelIds(3)).toEqual([
      ['low', 'low', 'moderate'],
      ['low', 'moderate', 'high'],
      ['moderate', 'high', 'high'],
    ]);
    expect(rate(3, 2, 3).magnitude).toBe(6);
  });

  it("rates 5 by 5 by the SPBE guideline's magnitudes, in bands of five", () => {
    expect(rate(5, 1, 5)).toMatchObject({ magnitude: 20, level: { id: 'high' } });
    expect(rate(5, 5, 1)).toMatchObject({ magnitude: 9, level: { id: 'low' } });
    expect(rate(5, 3, 3)).toMatchObject({ magnitude: 14, level: { id: 'moderate' } });
    expect(rate(5, 5, 5)).toMatchObject({ magnitude: 25, level: { id: 'very-high' } });
    expect(rate(5, 1, 1)).toMatchObject({ magnitude: 1, level: { id: 'very-low' } });
    const magnitudes = Array.from({ length: 5 }, (_, l) =>
      Array.from({ length: 5 }, (_, i) => rate(5, l + 1, i + 1).magnitude),
    ).flat();
    expect([...magnitudes].sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it('never lowers the level as likelihood or impact rises', () => {
    for (const scale of [3, 5] as const)
      for (let l = 1; l <= scale; l++)
        for (let i = 1; i <= scale; i++) {
          const here = rate(scale, l, i).level.rank;
          if (l < scale) expect(rate(scale, l + 1, i).level.rank).toBeGreaterThanOrEqual(here);
          if (i < scale) expect(rate(scale, l, i + 1).level.rank).toBeGreaterThanOrEqual(here);
        }
  });

  it('uses only the levels of its scale', () => {
    for (const scale of [3, 5] as const) {
      const used = new Set(levelIds(scale).flat());
      expect([...used].sort()).toEqual(
        levelsOf(scale)
          .map((l) => l.id)
          .sort(),
      );
    }
  });

  it('refuses a rating off the scale', () => {
    expect(() => rate(3, 4, 1)).toThrow(RangeError);
    expect(() => rate(5, 0, 1)).toThrow(RangeError);
    expect(() => rate(5, 2.5, 1)).toThrow(RangeError);
  });
});
