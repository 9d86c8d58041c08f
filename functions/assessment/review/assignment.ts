import type { Ineligibility } from './eligibility.ts';

/** A verifier that could not stay on an OPD's review, and why. */
export interface Dropped {
  readonly verifier: string;
  readonly because: Ineligibility;
}

/**
 * The verifier of one OPD's self-assessment, or why there is none.
 *
 * - `kept`: the current verifier is still eligible and keeps the review (a resubmission after a
 *   revision goes back to who asked for it). Their load does not change.
 * - `least-loaded`: a first assignment, to an eligible evaluator of least load.
 * - `reassigned`: the current verifier may no longer verify this OPD (`dropped` says why); the
 *   review goes to an eligible evaluator of least load.
 * - `none`: no evaluator is eligible, and the caller escalates to the lead evaluator.
 *   `no-active-evaluator` when the city has no active evaluator at all, `all-excluded` when every
 *   active one is staff of the OPD or declared a conflict with it. `dropped` is set when a
 *   current verifier was given and could not stay.
 */
export type Assignment =
  | { readonly kind: 'assigned'; readonly verifier: string; readonly reason: 'kept' | 'least-loaded' }
  | {
      readonly kind: 'assigned';
      readonly verifier: string;
      readonly reason: 'reassigned';
      readonly dropped: Dropped;
    }
  | {
      readonly kind: 'none';
      readonly reason: 'no-active-evaluator' | 'all-excluded';
      readonly dropped?: Dropped;
    };
