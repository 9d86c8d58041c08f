import { refusals } from '#functions/platform/errors/domain-errors.ts';
import { hasRole, type Identity, opdRoles } from '#functions/platform/identity/identity.ts';
import type { Review } from './review-model.ts';
import { reviewRefusals } from './review-refusals.ts';

/**
 * Who asks a review command: the verified identity, and whether that person leads the city's
 * evaluation team. `lead` is not a role of the token: the composition root reads it from the
 * city's directory (never from a path or body) and passes it with the identity. It counts only
 * for a person who also holds the `evaluator` role.
 */
export interface ReviewCaller {
  identity: Identity;
  lead: boolean;
}

/** True for a caller who acts for an OPD: whatever else they hold, they never verify. */
export const actsForOpd = (identity: Identity): boolean =>
  identity.opd !== undefined || hasRole(identity, ...opdRoles);

/** True when the caller leads the evaluation team. */
export const isLead = ({ identity, lead }: ReviewCaller): boolean =>
  lead && hasRole(identity, 'evaluator') && !actsForOpd(identity);

/**
 * Refuses (403) a caller who may not decide on reviews at all: only evaluators who act for no OPD.
 * An OPD caller that sent verified levels is refused field by field (`opdCannotVerify`).
 */
export function assertEvaluator({ identity }: ReviewCaller, sentLevels: readonly string[] = []): void {
  if (actsForOpd(identity)) {
    if (sentLevels.length > 0) throw reviewRefusals.opdCannotVerify(sentLevels);
    throw refusals.forbidden();
  }
  if (!hasRole(identity, 'evaluator')) throw refusals.forbidden();
}

/** True for a city admin who acts for no OPD: they read every review of the city, and decide none. */
export const isCityAdmin = ({ identity }: ReviewCaller): boolean =>
  hasRole(identity, 'admin') && !actsForOpd(identity);

/**
 * Refuses (403) a caller who may not read a city's reviews: the lead evaluator and the city's
 * admins read all of them; any other evaluator only the one `review` they verify (when given).
 */
export function assertMayRead(caller: ReviewCaller, review?: Review): void {
  if (isCityAdmin(caller)) return;
  assertEvaluator(caller);
  if (review ? review.verifier !== caller.identity.subject && !isLead(caller) : !isLead(caller))
    throw refusals.forbidden();
}

/** Refuses (403) an evaluator who is neither the review's verifier nor the lead evaluator. */
export function assertMayDecide(caller: ReviewCaller, review: Review): void {
  if (review.verifier !== caller.identity.subject && !isLead(caller)) throw refusals.forbidden();
}
