import { describe, expect, it } from 'vitest';
import { assignVerifier } from '#functions/assessment/review/assign-verifier.ts';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import { exampleEvaluators as evaluators, makeEvaluator } from './builders.ts';

const load = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('assignVerifier', () => {
  it('never assigns an evaluator the OPD they are staff of, however light their load', () => {
    // Act
    const result = assignVerifier({
      year: 2026,
      opd: 'diskominfo',
      evaluators,
      load: load({ 'ev-ana': 0, 'ev-budi': 5, 'ev-citra': 3, 'ev-dedi': 4 }),
    });

    // Assess
    expect(result).toEqual({ kind: 'assigned', verifier: 'ev-citra', reason: 'least-loaded' });
  });

  it('never assigns an evaluator an OPD they declared a conflict with', () => {
    // Act
    const result = assignVerifier({
      year: 2026,
      opd: 'dinkes',
      evaluators,
      load: load({ 'ev-ana': 2, 'ev-budi': 0, 'ev-citra': 3, 'ev-dedi': 1 }),
    });

    // Assess
    expect(result).toEqual({ kind: 'assigned', verifier: 'ev-dedi', reason: 'least-loaded' });
  });

  it('assigns the eligible evaluator of least load, counting absent ids as 0', () => {
    // Act
    const result = assignVerifier({
      year: 2026,
      opd: 'bappeda',
      evaluators,
      load: load({ 'ev-ana': 3, 'ev-citra': 2, 'ev-dedi': 2 }),
    });

    // Assess
    expect(result).toEqual({ kind: 'assigned', verifier: 'ev-budi', reason: 'least-loaded' });
  });

  it('breaks a tie by the SHA-256 key of year, OPD and person, whatever the order of the list', () => {
    // Prepare: SHA-256 of "2026\0dinkes\0ev-dedi" starts 43499e…, of "…ev-citra" b2029d…;
    // for 2025 they start be88db… (ev-dedi) and 9dc30f… (ev-citra).
    const tied = load({ 'ev-ana': 1, 'ev-citra': 0, 'ev-dedi': 0 });
    const reversed = [...evaluators].reverse();

    // Act
    const verifiers = [2026, 2025].flatMap((year) =>
      [evaluators, reversed].map((list) => {
        const result = assignVerifier({ year, opd: 'dinkes', evaluators: list, load: tied });
        return result.kind === 'assigned' ? result.verifier : result.reason;
      }),
    );

    // Assess
    expect(verifiers).toEqual(['ev-dedi', 'ev-dedi', 'ev-citra', 'ev-citra']);
  });

  it('keeps a current verifier who may still verify the OPD, even with the heaviest load', () => {
    // Act
    const result = assignVerifier({
      year: 2026,
      opd: 'dinkes',
      evaluators,
      load: load({ 'ev-ana': 0, 'ev-citra': 9, 'ev-dedi': 0 }),
      current: 'ev-citra',
    });

    // Assess
    expect(result).toEqual({ kind: 'assigned', verifier: 'ev-citra', reason: 'kept' });
  });

  it('reassigns, and says why, when the current verifier declared a conflict since', () => {
    // Act
    const result = assignVerifier({
      year: 2026,
      opd: 'dinkes',
      evaluators,
      load: load({ 'ev-ana': 1, 'ev-budi': 0, 'ev-citra': 2, 'ev-dedi': 3 }),
      current: 'ev-budi',
    });

    // Assess
    expect(result).toEqual({
      kind: 'assigned',
      verifier: 'ev-ana',
      reason: 'reassigned',
      dropped: { verifier: 'ev-budi', because: 'conflict' },
    });
  });

  it.each([
    ['has left the team', 'ev-eka', 'not-an-evaluator'],
    ['is inactive', 'ev-dedi', 'inactive'],
    ['became staff of the OPD', 'ev-ana', 'own-opd'],
  ] as const)('reassigns when the current verifier %s', (_, current, because) => {
    // Prepare
    const team = evaluators.map((e) => (e.personId === 'ev-dedi' ? { ...e, active: false } : e));

    // Act
    const result = assignVerifier({
      year: 2026,
      opd: 'diskominfo',
      evaluators: team,
      load: load({}),
      current,
    });

    // Assess
    expect(result).toMatchObject({
      kind: 'assigned',
      reason: 'reassigned',
      dropped: { verifier: current, because },
    });
    expect(result.kind === 'assigned' && [current, 'ev-ana', 'ev-dedi'].includes(result.verifier)).toBe(
      false,
    );
  });

  it('says all are excluded when every active evaluator is staff of the OPD or in conflict with it', () => {
    // Prepare
    const team = [
      makeEvaluator('ev-ana', { opd: 'diskominfo' }),
      makeEvaluator('ev-budi', { conflicts: ['bappeda', 'diskominfo'] }),
      makeEvaluator('ev-citra', { active: false }),
    ];

    // Act
    const result = assignVerifier({ year: 2026, opd: 'diskominfo', evaluators: team, load: load({}) });

    // Assess
    expect(result).toEqual({ kind: 'none', reason: 'all-excluded' });
  });

  it('says there is no active evaluator for an empty or wholly inactive team, naming a dropped verifier', () => {
    // Act
    const empty = assignVerifier({ year: 2026, opd: 'dinkes', evaluators: [], load: load({}) });
    const inactive = assignVerifier({
      year: 2026,
      opd: 'dinkes',
      evaluators: evaluators.map((e) => ({ ...e, active: false })),
      load: load({}),
      current: 'ev-citra',
    });

    // Assess
    expect(empty).toEqual({ kind: 'none', reason: 'no-active-evaluator' });
    expect(inactive).toEqual({
      kind: 'none',
      reason: 'no-active-evaluator',
      dropped: { verifier: 'ev-citra', because: 'inactive' },
    });
  });

  it('throws InvalidInputError when two evaluators share a person id', () => {
    // Prepare
    const team = [...evaluators, makeEvaluator('ev-citra', { active: false })];

    // Act & Assess
    expect(() => assignVerifier({ year: 2026, opd: 'bappeda', evaluators: team, load: load({}) })).toThrow(
      InvalidInputError,
    );
  });
});
