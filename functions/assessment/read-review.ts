import { refusals } from '#functions/platform/errors/domain-errors.ts';
import { assertEvaluator, assertMayDecide, type ReviewCaller } from './review-caller.ts';
import type { ReviewDeps } from './review-deps.ts';
import type { Review } from './review-model.ts';

/**
 * The review of `opd` in the cycle `year` of the caller's city, for its verifier or the lead
 * evaluator: an evaluator reads only the reviews assigned to them.
 * @throws DomainError `forbidden` (anyone else, OPD callers included), `not_found`.
 */
export async function readReview(
  deps: Pick<ReviewDeps, 'reviews'>,
  caller: ReviewCaller,
  year: number,
  opd: string,
): Promise<Review> {
  assertEvaluator(caller);
  const review = await deps.reviews.get(caller.identity.city, year, opd);
  if (!review) throw refusals.notFound();
  assertMayDecide(caller, review);
  return review;
}
