import { describe, expect, it } from 'vitest';
import { spbeBands } from '#forms/instrument/model.ts';
import { bandOf } from '#functions/assessment/scoring/bands.ts';

describe('bandOf', () => {
  it.each([
    [5, 'memuaskan'],
    [4.2, 'memuaskan'],
    [4.19, 'sangat-baik'],
    [3.5, 'sangat-baik'],
    [3.49, 'baik'],
    [2.6, 'baik'],
    [2.59, 'cukup'],
    [1.8, 'cukup'],
    [1.79, 'kurang'],
    [1, 'kurang'],
    [0, 'kurang'],
  ])('puts index %d in band %s (SPBE bands)', (index, band) => {
    expect(bandOf(spbeBands, index)?.id).toBe(band);
  });

  it('bands the index as reported: 3.4962 reads 3.50, Sangat Baik; 3.4949 reads 3.49, Baik', () => {
    expect(bandOf(spbeBands, 3.4962)?.id).toBe('sangat-baik');
    expect(bandOf(spbeBands, 3.4949)?.id).toBe('baik');
  });

  it('does not let a binary fraction just under a bound fall a band short', () => {
    // 4.1 − 0.6 is 3.4999999999999996 in binary arithmetic.
    expect(4.1 - 0.6).toBeLessThan(3.5);
    expect(bandOf(spbeBands, 4.1 - 0.6)?.id).toBe('sangat-baik');
  });
});
