import { describe, expect, it } from 'vitest';
import { assignAll } from '#functions/assessment/review/assign-all.ts';
import { afterAssignment } from '#functions/assessment/review/load.ts';
import { exampleEvaluators as evaluators } from './builders.ts';

describe('assignAll', () => {
  it('assigns the example city in order, each OPD to an eligible evaluator of least load', () => {
    // Prepare
    const initialLoad = new Map([
      ['ev-ana', 0],
      ['ev-budi', 1],
      ['ev-citra', 3],
      ['ev-dedi', 5],
    ]);

    // Act
    const { entries, load } = assignAll(
      2026,
      ['diskominfo', 'dinkes', 'bappeda', 'disdik'],
      evaluators,
      initialLoad,
    );

    // Assess: diskominfo skips ev-ana (staff, load 0) for ev-budi (1 -> 2); dinkes skips ev-budi
    // (conflict) for ev-ana (0 -> 1); bappeda goes to ev-ana (1 -> 2); disdik finds ev-ana and
    // ev-budi both at 2, and SHA-256 of "2026\0disdik\0ev-budi" (7792…) sorts before ev-ana's (cef5…).
    expect(entries).toEqual(
      [
        ['diskominfo', 'ev-budi'],
        ['dinkes', 'ev-ana'],
        ['bappeda', 'ev-ana'],
        ['disdik', 'ev-budi'],
      ].map(([opd, verifier]) => ({
        opd,
        assignment: { kind: 'assigned', verifier, reason: 'least-loaded' },
      })),
    );
    expect(load).toEqual(
      new Map([
        ['ev-ana', 2],
        ['ev-budi', 3],
        ['ev-citra', 3],
        ['ev-dedi', 5],
      ]),
    );
    expect(initialLoad.get('ev-ana')).toBe(0);
  });

  it('keeps the verifier of a resubmission and does not count it again', () => {
    // Act
    const { entries, load } = assignAll(2026, ['dinkes', 'bappeda', 'dinkes'], evaluators, new Map());

    // Assess
    const [first, , again] = entries;
    expect(first?.assignment.kind).toBe('assigned');
    expect(again?.assignment).toEqual({
      ...(first?.assignment.kind === 'assigned' ? { verifier: first.assignment.verifier } : {}),
      kind: 'assigned',
      reason: 'kept',
    });
    expect([...load.values()].reduce((sum, n) => sum + n, 0)).toBe(2);
  });

  it('records a none result and goes on with the rest of the batch', () => {
    // Prepare
    const team = evaluators.filter((e) => e.personId === 'ev-ana');

    // Act
    const { entries, load } = assignAll(2026, ['diskominfo', 'disdik'], team, new Map());

    // Assess
    expect(entries).toEqual([
      { opd: 'diskominfo', assignment: { kind: 'none', reason: 'all-excluded' } },
      { opd: 'disdik', assignment: { kind: 'assigned', verifier: 'ev-ana', reason: 'least-loaded' } },
    ]);
    expect(load).toEqual(new Map([['ev-ana', 1]]));
  });
});

describe('afterAssignment', () => {
  it('adds one for a new or moved review, nothing for a kept one or none, and leaves its input alone', () => {
    // Prepare
    const load = new Map([['ev-ana', 2]]);

    // Act
    const added = afterAssignment(load, { kind: 'assigned', verifier: 'ev-budi', reason: 'least-loaded' });
    const moved = afterAssignment(load, {
      kind: 'assigned',
      verifier: 'ev-ana',
      reason: 'reassigned',
      dropped: { verifier: 'ev-budi', because: 'conflict' },
    });
    const kept = afterAssignment(load, { kind: 'assigned', verifier: 'ev-ana', reason: 'kept' });
    const none = afterAssignment(load, { kind: 'none', reason: 'all-excluded' });

    // Assess
    expect(added).toEqual(
      new Map([
        ['ev-ana', 2],
        ['ev-budi', 1],
      ]),
    );
    expect(moved).toEqual(new Map([['ev-ana', 3]]));
    expect([kept, none]).toEqual([load, load]);
    expect(load).toEqual(new Map([['ev-ana', 2]]));
  });
});
