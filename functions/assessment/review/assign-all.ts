import { assignVerifier } from './assign-verifier.ts';
import type { Assignment } from './assignment.ts';
import type { Evaluator } from './eligibility.ts';
import { afterAssignment, type ReviewLoad } from './load.ts';

/** The assignment of one submission of a batch. */
export interface BatchEntry {
  readonly opd: string;
  readonly assignment: Assignment;
}

/** What {@link assignAll} decided, in submission order, and the load it leaves. */
export interface BatchResult {
  readonly entries: readonly BatchEntry[];
  readonly load: ReviewLoad;
}

/**
 * Assigns the submissions of `opds` one after another, in that order, each seeing the load left by
 * those before it (starting from `initialLoad`, which is not changed).
 *
 * An OPD named again later in `opds` is a resubmission: its earlier verifier is passed as current,
 * so it is kept (the evaluators do not change within a batch) and the load does not grow.
 * Each result is exactly what {@link assignVerifier} gives for that step.
 */
export function assignAll(
  year: number,
  opds: readonly string[],
  evaluators: readonly Evaluator[],
  initialLoad: ReviewLoad,
): BatchResult {
  let load: ReviewLoad = initialLoad;
  const verifiers = new Map<string, string>();
  const entries: BatchEntry[] = [];
  for (const opd of opds) {
    const current = verifiers.get(opd);
    const assignment = assignVerifier({
      year,
      opd,
      evaluators,
      load,
      ...(current === undefined ? {} : { current }),
    });
    if (assignment.kind === 'assigned') verifiers.set(opd, assignment.verifier);
    load = afterAssignment(load, assignment);
    entries.push({ opd, assignment });
  }
  return { entries, load };
}
