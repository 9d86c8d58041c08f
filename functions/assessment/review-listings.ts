import { refusals } from '#functions/platform/errors/domain-errors.ts';
import { parseInput } from '#functions/platform/input/parse-input.ts';
import { refusingInvalidCursor } from '#functions/platform/table/cursor-refusal.ts';
import { assertEvaluator, assertMayRead, isLead, type ReviewCaller } from './review-caller.ts';
import type { ReviewDeps } from './review-deps.ts';
import { cityReviewsInput, verifierQueueInput } from './review-inputs.ts';
import type { ReviewPage, ReviewQueuePage } from './stores.ts';

/**
 * A page of a verifier's queue in the caller's city: the reviews waiting for them, earliest due
 * first. An evaluator reads their own; the lead evaluator may name any verifier.
 *
 * @throws DomainError `invalid` (bad input, a forged cursor), `forbidden`.
 */
export async function verifierQueue(
  deps: ReviewDeps,
  caller: ReviewCaller,
  query: unknown,
): Promise<ReviewQueuePage> {
  const { verifier = caller.identity.subject, limit, cursor } = parseInput(verifierQueueInput, query);
  assertEvaluator(caller);
  if (verifier !== caller.identity.subject && !isLead(caller)) throw refusals.forbidden();
  return refusingInvalidCursor(() => deps.reviews.queue(caller.identity.city, verifier, { limit, cursor }));
}

/**
 * A page of the caller's city's reviews of a cycle, whatever their status, earliest due first:
 * the overview of the lead evaluator and of the city's admins.
 *
 * @throws DomainError `invalid` (bad input, a forged cursor), `forbidden` (anyone else).
 */
export async function cityReviews(
  deps: ReviewDeps,
  caller: ReviewCaller,
  query: unknown,
): Promise<ReviewPage> {
  const { year, limit, cursor } = parseInput(cityReviewsInput, query);
  assertMayRead(caller);
  return refusingInvalidCursor(() => deps.reviews.forCycle(caller.identity.city, year, { limit, cursor }));
}
