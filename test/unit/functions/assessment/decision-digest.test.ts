import { describe, expect, it } from 'vitest';
import { decisionDigest } from '#functions/assessment/decision-digest.ts';

const input = { year: 2026, opd: 'x', revision: 2, levels: { a: { level: 3, note: 'n' }, b: { level: 1 } } };

describe('decision digest', () => {
  it('gives a retry the same digest whatever the order of its keys', () => {
    // Prepare
    const reordered = {
      levels: { b: { level: 1 }, a: { note: 'n', level: 3 } },
      revision: 2,
      opd: 'x',
      year: 2026,
    };

    // Act
    const digests = [
      decisionDigest('recordVerification', 'ev-1', input),
      decisionDigest('recordVerification', 'ev-1', reordered),
    ];

    // Assess
    expect(digests[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(digests[1]).toBe(digests[0]);
  });

  it('tells apart another command, another caller, another revision and another level', () => {
    // Act
    const digests = new Set([
      decisionDigest('recordVerification', 'ev-1', input),
      decisionDigest('accept', 'ev-1', input),
      decisionDigest('recordVerification', 'ev-2', input),
      decisionDigest('recordVerification', 'ev-1', { ...input, revision: 3 }),
      decisionDigest('recordVerification', 'ev-1', {
        ...input,
        levels: { ...input.levels, b: { level: 2 } },
      }),
    ]);

    // Assess
    expect(digests.size).toBe(5);
  });
});
