import { describe, expect, it } from 'vitest';
import { overClaims } from '#functions/assessment/scoring/over-claims.ts';
import { assessed2026, instrument2026 } from './example-cycle.ts';

describe('overClaims', () => {
  it('lists every indicator claimed above its verified level, with per-OPD count and sum', () => {
    // Prepare: self > verified in the example:
    //   diskominfo gov-ps-01 4 > 3 (1), gov-br-01 5 > 2 (3): count 2, sum 4
    //   dinas-kesehatan gov-ps-02 4 > 2 (2), review not yet accepted: count 1, sum 2
    //   equal levels (gov-ps-02 of diskominfo, the rest of dinas-kesehatan) are no over-claims

    // Act
    const result = overClaims(instrument2026, assessed2026);

    // Assess
    expect(result.claims).toEqual([
      { opd: 'dinas-kesehatan', indicator: 'gov-ps-02', self: 4, verified: 2, difference: 2 },
      { opd: 'diskominfo', indicator: 'gov-ps-01', self: 4, verified: 3, difference: 1 },
      { opd: 'diskominfo', indicator: 'gov-br-01', self: 5, verified: 2, difference: 3 },
    ]);
    expect(result.byOpd).toEqual([
      { opd: 'dinas-kesehatan', count: 1, total: 2 },
      { opd: 'diskominfo', count: 2, total: 4 },
    ]);
  });

  it('ignores under-claims and levels not yet verified, and does not net them against over-claims', () => {
    // Prepare
    const assessed = [
      { opd: 'bappeda', indicator: 'gov-ps-01', self: 2, verified: 4 },
      { opd: 'bappeda', indicator: 'gov-ps-02', self: 5 },
      { opd: 'bappeda', indicator: 'gov-br-01', self: 3, verified: 2 },
    ] as const;

    // Act
    const result = overClaims(instrument2026, assessed);

    // Assess
    expect(result.claims.map((c) => c.indicator)).toEqual(['gov-br-01']);
    expect(result.byOpd).toEqual([{ opd: 'bappeda', count: 1, total: 1 }]);
  });
});
