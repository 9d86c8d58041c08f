import fc from 'fast-check';
import type { Evaluator } from '#functions/assessment/review/eligibility.ts';

/** An active evaluator with no OPD and no conflicts, with `overrides`. */
export function makeEvaluator(personId: string, overrides: Partial<Evaluator> = {}): Evaluator {
  return { personId, conflicts: [], active: true, ...overrides };
}

/**
 * The four evaluators of the example tests, whose city has the OPDs bappeda, dinkes, disdik and
 * diskominfo: Ana is staff of Diskominfo, Budi declared a conflict with Dinas Kesehatan.
 */
export const exampleEvaluators: readonly Evaluator[] = [
  makeEvaluator('ev-ana', { opd: 'diskominfo' }),
  makeEvaluator('ev-budi', { conflicts: ['dinkes'] }),
  makeEvaluator('ev-citra'),
  makeEvaluator('ev-dedi'),
];

/** Who may verify `opd`, stated apart from the code under test. */
export const mayVerify = (evaluator: Evaluator, opd: string): boolean =>
  evaluator.active && evaluator.opd !== opd && !evaluator.conflicts.includes(opd);

/** A generated city and a batch of its submissions. */
export interface GeneratedCity {
  readonly year: number;
  readonly opds: readonly string[];
  readonly evaluators: readonly Evaluator[];
  readonly initialLoad: ReadonlyMap<string, number>;
  /** Every OPD once, in a random order. */
  readonly order: readonly string[];
}

/** Every item of `items` once, in a random order. */
export const permutation = <T>(items: readonly T[]): fc.Arbitrary<T[]> =>
  fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });

/**
 * A city of 1-60 OPDs and 1-12 evaluators. With `uniform`, every evaluator is active, staff of no
 * OPD and free of conflicts, so each may verify every OPD; otherwise memberships, conflicts and
 * inactive evaluators are random. Initial loads are random (0-6) for some evaluators.
 */
export function cityArb({ uniform = false } = {}): fc.Arbitrary<GeneratedCity> {
  return fc
    .record({
      year: fc.integer({ min: 2017, max: 2045 }),
      opdCount: fc.integer({ min: 1, max: 60 }),
      evaluatorCount: fc.integer({ min: 1, max: 12 }),
    })
    .chain(({ year, opdCount, evaluatorCount }) => {
      const opds = Array.from({ length: opdCount }, (_, i) => `opd-${i}`);
      const evaluator = (personId: string): fc.Arbitrary<Evaluator> =>
        uniform
          ? fc.constant(makeEvaluator(personId))
          : fc
              .record({
                personId: fc.constant(personId),
                opd: fc.option(fc.constantFrom(...opds), { nil: undefined }),
                conflicts: fc.subarray(opds, { maxLength: Math.min(opdCount, 8) }),
                // About one evaluator in four is inactive.
                active: fc.nat(3).map((n) => n > 0),
              })
              .map(({ opd, ...rest }) => (opd === undefined ? rest : { ...rest, opd }));
      const ids = Array.from({ length: evaluatorCount }, (_, j) => `ev-${j}`);
      return fc.record({
        year: fc.constant(year),
        opds: fc.constant(opds),
        evaluators: fc.tuple(...ids.map(evaluator)),
        initialLoad: fc
          .subarray(ids)
          .chain((loaded) => fc.tuple(...loaded.map((id) => fc.tuple(fc.constant(id), fc.nat(6)))))
          .map((entries) => new Map(entries)),
        order: permutation(opds),
      });
    });
}
