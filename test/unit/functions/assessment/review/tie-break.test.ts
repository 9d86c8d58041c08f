import { describe, expect, it } from 'vitest';
import { tieBreakKey } from '#functions/assessment/review/tie-break.ts';

describe('tieBreakKey', () => {
  it('is the hex SHA-256 of year, OPD and person joined by NUL', () => {
    // Act & Assess: the digest of the bytes "2026\0dinkes\0ev-citra", computed apart.
    expect(tieBreakKey(2026, 'dinkes', 'ev-citra')).toBe(
      'b2029dc18444f900c6e0616811b99e8b4c646b350ba798bcb66c199a6159f6f7',
    );
  });

  it('gives different keys when the same characters fall into different fields', () => {
    // Act & Assess
    expect(tieBreakKey(2026, 'ab', 'c')).not.toBe(tieBreakKey(2026, 'a', 'bc'));
    expect(tieBreakKey(2026, 'dinkes', 'ev-citra')).not.toBe(tieBreakKey(2025, 'dinkes', 'ev-citra'));
  });
});
