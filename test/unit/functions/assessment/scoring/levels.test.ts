import { describe, expect, it } from 'vitest';
import { byOpd, levelOf, ScoringInputError } from '#functions/assessment/scoring/levels.ts';
import { instrument2026 } from './example-cycle.ts';

describe('levelOf', () => {
  it('gives the verified level as final only once its review is accepted', () => {
    // Prepare
    const pending = { opd: 'bappeda', indicator: 'gov-ps-01', self: 4, verified: 3 } as const;
    const accepted = { ...pending, accepted: true };

    // Assess
    expect([levelOf(pending, 'self'), levelOf(pending, 'verified'), levelOf(pending, 'final')]).toEqual([
      4,
      3,
      undefined,
    ]);
    expect(levelOf(accepted, 'final')).toBe(3);
    expect(levelOf({ ...pending, accepted: false }, 'final')).toBeUndefined();
  });

  it('never takes a self-assessed level as final, even when accepted without a verified level', () => {
    expect(
      levelOf({ opd: 'bappeda', indicator: 'gov-ps-01', self: 4, accepted: true }, 'final'),
    ).toBeUndefined();
  });
});

describe('byOpd', () => {
  it('throws on an indicator the instrument does not have', () => {
    expect(() => byOpd(instrument2026, [{ opd: 'bappeda', indicator: 'gov-layanan-01', self: 3 }])).toThrow(
      ScoringInputError,
    );
  });

  it('throws on two entries for the same OPD and indicator', () => {
    // Prepare
    const twice = [
      { opd: 'bappeda', indicator: 'gov-ps-01', self: 3 },
      { opd: 'bappeda', indicator: 'gov-ps-01', verified: 2 },
    ] as const;

    // Assess
    expect(() => byOpd(instrument2026, twice)).toThrow(/bappeda.*two entries.*gov-ps-01/);
  });

  it('orders OPDs by id whatever the input order', () => {
    // Act
    const opds = byOpd(instrument2026, [
      { opd: 'rsud', indicator: 'gov-ps-01', self: 3 },
      { opd: 'bappeda', indicator: 'gov-ps-01', self: 3 },
      { opd: 'dinas-pupr', indicator: 'gov-ps-01', self: 3 },
    ]);

    // Assess
    expect([...opds.keys()]).toEqual(['bappeda', 'dinas-pupr', 'rsud']);
  });
});
