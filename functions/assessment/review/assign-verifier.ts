import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import type { Assignment, Dropped } from './assignment.ts';
import { type Evaluator, ineligibility, isEligible } from './eligibility.ts';
import { loadOf, type ReviewLoad } from './load.ts';
import { tieBreakKey } from './tie-break.ts';

/** One self-assessment submission to assign a verifier to. */
export interface AssignmentInput {
  /** The year of the evaluation cycle. */
  readonly year: number;
  /** The id of the OPD that submitted. */
  readonly opd: string;
  /** The city's evaluators, in any order; person ids unique. */
  readonly evaluators: readonly Evaluator[];
  /** Reviews assigned so far this cycle, by person id (see {@link ReviewLoad}). */
  readonly load: ReviewLoad;
  /** The verifier of an earlier submission of the same OPD this cycle, for a resubmission. */
  readonly current?: string;
}

/**
 * Chooses the verifier of one OPD's self-assessment.
 *
 * A current verifier who is still eligible keeps the review, whatever their load. Otherwise the
 * review goes to the eligible evaluator of least load, ties broken by {@link tieBreakKey} (then by
 * person id, should two keys ever be equal). Eligible means active, not staff of the OPD and
 * without a declared conflict with it. The result depends on the inputs only, never on the order
 * of `evaluators`. When no evaluator is eligible, the result says so; it does not throw.
 *
 * The caller records the result in the load with `afterAssignment`.
 *
 * @throws InvalidInputError when two evaluators share a person id: the result would then depend
 *   on their order.
 * @example
 * assignVerifier({ year: 2026, opd: 'dinkes', evaluators, load: new Map(), current: 'ev-2' });
 * // { kind: 'assigned', verifier: 'ev-2', reason: 'kept' } while ev-2 may still verify dinkes
 */
export function assignVerifier(input: AssignmentInput): Assignment {
  const { year, opd, evaluators, load, current } = input;
  const byId = new Map(evaluators.map((evaluator) => [evaluator.personId, evaluator]));
  if (byId.size !== evaluators.length) {
    throw new InvalidInputError('Two evaluators share a person id');
  }

  let dropped: Dropped | undefined;
  if (current !== undefined) {
    const because = ineligibility(byId.get(current), opd);
    if (because === undefined) return { kind: 'assigned', verifier: current, reason: 'kept' };
    dropped = { verifier: current, because };
  }

  const chosen = leastLoaded(year, opd, evaluators, load);
  if (chosen === undefined) {
    const reason = evaluators.some((evaluator) => evaluator.active) ? 'all-excluded' : 'no-active-evaluator';
    return dropped ? { kind: 'none', reason, dropped } : { kind: 'none', reason };
  }
  return dropped
    ? { kind: 'assigned', verifier: chosen, reason: 'reassigned', dropped }
    : { kind: 'assigned', verifier: chosen, reason: 'least-loaded' };
}

/** An eligible evaluator with what orders them: load, then tie-break key, then person id. */
interface Ranked {
  readonly id: string;
  readonly load: number;
  readonly key: string;
}

/** The person id of the eligible evaluator first by (load, tie-break key, person id). */
function leastLoaded(
  year: number,
  opd: string,
  evaluators: readonly Evaluator[],
  load: ReviewLoad,
): string | undefined {
  let best: Ranked | undefined;
  for (const { personId: id } of evaluators.filter((evaluator) => isEligible(evaluator, opd))) {
    const candidate = { id, load: loadOf(load, id), key: tieBreakKey(year, opd, id) };
    if (best === undefined || before(candidate, best)) best = candidate;
  }
  return best?.id;
}

const before = (a: Ranked, b: Ranked): boolean =>
  a.load !== b.load ? a.load < b.load : a.key !== b.key ? a.key < b.key : a.id < b.id;
