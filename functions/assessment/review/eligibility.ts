/**
 * An evaluator of the city, as verifier assignment sees them: a person holding the `evaluator`
 * role, with the OPD they are staff of (if any) and the OPDs they declared a conflict of
 * interest with.
 */
export interface Evaluator {
  /** The person's id in the city's directory; unique among the evaluators of one call. */
  readonly personId: string;
  /** The OPD this evaluator is staff of, if any: they never review it. */
  readonly opd?: string;
  /** OPD ids this evaluator declared a conflict of interest with: they never review those. */
  readonly conflicts: readonly string[];
  /** False once the evaluator left the team or is away for the cycle: they review nothing. */
  readonly active: boolean;
}

/**
 * Why an evaluator may not verify an OPD's self-assessment, checked in this order:
 * - `not-an-evaluator`: the person is not among the city's evaluators (any more);
 * - `inactive`: they are listed but not active;
 * - `own-opd`: they are staff of the OPD under review;
 * - `conflict`: they declared a conflict of interest with it.
 */
export type Ineligibility = 'not-an-evaluator' | 'inactive' | 'own-opd' | 'conflict';

/**
 * The first reason `evaluator` may not verify `opd`, or `undefined` when they may.
 * Pass `undefined` for a person who is not among the evaluators.
 */
export function ineligibility(evaluator: Evaluator | undefined, opd: string): Ineligibility | undefined {
  if (!evaluator) return 'not-an-evaluator';
  if (!evaluator.active) return 'inactive';
  if (evaluator.opd === opd) return 'own-opd';
  if (evaluator.conflicts.includes(opd)) return 'conflict';
  return undefined;
}

/** True when `evaluator` may verify `opd`'s self-assessment. */
export const isEligible = (evaluator: Evaluator, opd: string): boolean =>
  ineligibility(evaluator, opd) === undefined;
