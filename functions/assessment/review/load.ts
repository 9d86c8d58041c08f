import type { Assignment } from './assignment.ts';

/**
 * The review load of a cycle: for each evaluator's person id, how many self-assessment reviews
 * were assigned to them this cycle.
 *
 * Every assignment of the cycle counts, whether the review is still open, accepted or returned for
 * revision: the aim is a balanced workload across the whole year, and an accepted review was work
 * all the same. A resubmission kept by the same verifier is the same review and adds nothing. A
 * reassignment adds one to the new verifier and takes nothing from the previous one, whose share of
 * the work was done; so a load only ever grows during a cycle. Absent ids have load 0.
 */
export type ReviewLoad = ReadonlyMap<string, number>;

/** The load of `personId`; 0 when the ledger does not name them. */
export const loadOf = (load: ReviewLoad, personId: string): number => load.get(personId) ?? 0;

/**
 * The load after `assignment`: one more for a verifier newly assigned (`least-loaded` or
 * `reassigned`), unchanged for a kept verifier or no assignment. Returns a new map.
 */
export function afterAssignment(load: ReviewLoad, assignment: Assignment): Map<string, number> {
  const next = new Map(load);
  if (assignment.kind === 'assigned' && assignment.reason !== 'kept') {
    next.set(assignment.verifier, loadOf(load, assignment.verifier) + 1);
  }
  return next;
}
