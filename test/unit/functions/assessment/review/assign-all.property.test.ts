import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignAll } from '#functions/assessment/review/assign-all.ts';
import { assignVerifier } from '#functions/assessment/review/assign-verifier.ts';
import type { Evaluator } from '#functions/assessment/review/eligibility.ts';
import { cityArb, type GeneratedCity, mayVerify, permutation } from './builders.ts';

/** One step of a batch, replayed apart from the code under test. */
interface Step {
  readonly opd: string;
  readonly verifier: string | undefined;
  /** Loads of every evaluator just before the step. */
  readonly before: ReadonlyMap<string, number>;
  /** The verifier's load just after the step. */
  readonly verifierAfter: number;
}

/** Replays a batch: the loads before each step, counting one per assignment. */
function replay(city: GeneratedCity, entries: ReturnType<typeof assignAll>['entries']): Step[] {
  const load = new Map(city.evaluators.map((e) => [e.personId, city.initialLoad.get(e.personId) ?? 0]));
  return entries.map(({ opd, assignment }) => {
    const before = new Map(load);
    if (assignment.kind !== 'assigned') return { opd, verifier: undefined, before, verifierAfter: 0 };
    const verifierAfter = (load.get(assignment.verifier) ?? 0) + 1;
    load.set(assignment.verifier, verifierAfter);
    return { opd, verifier: assignment.verifier, before, verifierAfter };
  });
}

const eligibleFor = (evaluators: readonly Evaluator[], opd: string) =>
  evaluators.filter((evaluator) => mayVerify(evaluator, opd));

const finalLoad = (load: ReadonlyMap<string, number>, personId: string) => load.get(personId) ?? 0;

describe('assignAll (property)', () => {
  it('assigns no evaluator their own OPD, a declared conflict or while inactive, and gives none only when none may', () => {
    fc.assert(
      fc.property(cityArb(), (city) => {
        const { entries } = assignAll(city.year, city.order, city.evaluators, city.initialLoad);

        expect(entries.map((entry) => entry.opd)).toEqual(city.order);
        for (const { opd, assignment } of entries) {
          const eligible = eligibleFor(city.evaluators, opd);
          if (assignment.kind === 'assigned') {
            expect(eligible.map((e) => e.personId)).toContain(assignment.verifier);
            expect(assignment.reason).toBe('least-loaded');
          } else {
            expect(eligible).toEqual([]);
            const anyActive = city.evaluators.some((e) => e.active);
            expect(assignment.reason).toBe(anyActive ? 'all-excluded' : 'no-active-evaluator');
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives each review to an evaluator whose load was least among the eligible at that moment', () => {
    fc.assert(
      fc.property(cityArb(), (city) => {
        const { entries, load } = assignAll(city.year, city.order, city.evaluators, city.initialLoad);
        const steps = replay(city, entries);

        for (const { opd, verifier, before } of steps) {
          if (verifier === undefined) continue;
          const least = Math.min(
            ...eligibleFor(city.evaluators, opd).map((e) => before.get(e.personId) ?? 0),
          );
          expect(before.get(verifier)).toBe(least);
        }
        for (const { personId } of city.evaluators) {
          const assigned = entries.filter(
            (e) => e.assignment.kind === 'assigned' && e.assignment.verifier === personId,
          );
          expect(finalLoad(load, personId)).toBe((city.initialLoad.get(personId) ?? 0) + assigned.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  /*
   * The balance a greedy assignment guarantees, for any memberships and conflicts: loads only grow,
   * and each review goes to an eligible evaluator of least load. So when OPD o goes to v, every
   * evaluator e eligible for o already had at least v's load before the step, which is v's load
   * after it minus one; and e still has at least that at the end. Hence, for every assigned OPD o
   * with verifier v and every evaluator e eligible for o:
   *     final load of e >= (load of v just after o's assignment) - 1.
   * No bound on the final spread holds in general: from no initial load, an evaluator eligible for
   * a single OPD ends with at most one review, however many the others carry.
   */
  it('leaves no evaluator eligible for an OPD more than one below its verifier’s load just after assigning it', () => {
    fc.assert(
      fc.property(cityArb(), (city) => {
        const { entries, load } = assignAll(city.year, city.order, city.evaluators, city.initialLoad);

        for (const { opd, verifier, verifierAfter } of replay(city, entries)) {
          if (verifier === undefined) continue;
          for (const { personId } of eligibleFor(city.evaluators, opd)) {
            expect(finalLoad(load, personId)).toBeGreaterThanOrEqual(verifierAfter - 1);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  /*
   * When every evaluator may verify every OPD, each step adds one to a least load: a spread
   * (max - min) of 0 becomes 1, a spread of 1 or more never grows. So the final spread is at most
   * max(1, initial spread), and from equal initial loads (say none) the final loads differ by at
   * most one.
   */
  it('ends with loads within max(1, initial spread) of each other when every evaluator may verify every OPD', () => {
    fc.assert(
      fc.property(cityArb({ uniform: true }), fc.boolean(), (city, fresh) => {
        const initialLoad = fresh ? new Map<string, number>() : city.initialLoad;
        const { load } = assignAll(city.year, city.order, city.evaluators, initialLoad);

        const spread = (of: (id: string) => number) => {
          const loads = city.evaluators.map((e) => of(e.personId));
          return Math.max(...loads) - Math.min(...loads);
        };
        const initialSpread = spread((id) => initialLoad.get(id) ?? 0);
        expect(spread((id) => load.get(id) ?? 0)).toBeLessThanOrEqual(Math.max(1, initialSpread));
        if (fresh) expect(spread((id) => load.get(id) ?? 0)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result for the same inputs, however the evaluator list is ordered', () => {
    fc.assert(
      fc.property(
        cityArb().chain((city) => fc.tuple(fc.constant(city), permutation(city.evaluators))),
        ([city, shuffled]) => {
          const first = assignAll(city.year, city.order, city.evaluators, city.initialLoad);
          const second = assignAll(city.year, city.order, city.evaluators, city.initialLoad);
          const reordered = assignAll(city.year, city.order, shuffled, city.initialLoad);

          expect(second).toEqual(first);
          expect(reordered).toEqual(first);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps a current verifier who may still verify the OPD, whatever the loads', () => {
    fc.assert(
      fc.property(
        cityArb().chain((city) =>
          fc.tuple(
            fc.constant(city),
            fc.array(fc.tuple(fc.constantFrom(...city.evaluators.map((e) => e.personId)), fc.nat(20))),
          ),
        ),
        ([city, loads]) => {
          const { entries } = assignAll(city.year, city.order, city.evaluators, city.initialLoad);
          const later = new Map(loads);

          for (const { opd, assignment } of entries) {
            if (assignment.kind !== 'assigned') continue;
            const again = { year: city.year, opd, evaluators: city.evaluators, current: assignment.verifier };
            expect(assignVerifier({ ...again, load: later })).toEqual({ ...assignment, reason: 'kept' });
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps the verifiers of resubmissions in a batch and counts each OPD once', () => {
    fc.assert(
      fc.property(
        cityArb().chain((city) => fc.tuple(fc.constant(city), permutation(city.order))),
        ([city, resubmitted]) => {
          const once = assignAll(city.year, city.order, city.evaluators, city.initialLoad);
          const twice = assignAll(
            city.year,
            [...city.order, ...resubmitted],
            city.evaluators,
            city.initialLoad,
          );

          const first = new Map(once.entries.map((e) => [e.opd, e.assignment]));
          expect(twice.entries.slice(0, city.order.length)).toEqual(once.entries);
          for (const { opd, assignment } of twice.entries.slice(city.order.length)) {
            const earlier = first.get(opd);
            if (earlier?.kind === 'assigned') expect(assignment).toEqual({ ...earlier, reason: 'kept' });
            else expect(assignment).toEqual(earlier);
          }
          expect(twice.load).toEqual(once.load);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reassigns a current verifier who became inactive, to someone else who may verify the OPD', () => {
    fc.assert(
      fc.property(cityArb(), (city) => {
        const { entries } = assignAll(city.year, city.order, city.evaluators, city.initialLoad);

        for (const { opd, assignment } of entries) {
          if (assignment.kind !== 'assigned') continue;
          const team = city.evaluators.map((e) =>
            e.personId === assignment.verifier ? { ...e, active: false } : e,
          );
          const result = assignVerifier({
            year: city.year,
            opd,
            evaluators: team,
            load: city.initialLoad,
            current: assignment.verifier,
          });
          const dropped = { verifier: assignment.verifier, because: 'inactive' };
          if (eligibleFor(team, opd).length === 0) expect(result).toMatchObject({ kind: 'none', dropped });
          else {
            expect(result).toMatchObject({ kind: 'assigned', reason: 'reassigned', dropped });
            expect(result.kind === 'assigned' && result.verifier !== assignment.verifier).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
