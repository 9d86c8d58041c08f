import { refusals } from '#functions/platform/errors/domain-errors.ts';
import { assertEvaluator, assertMayRead, isCityAdmin, type ReviewCaller } from './review-caller.ts';
import type { ReviewDeps } from './review-deps.ts';
import type { Review } from './review-model.ts';

/**
 * The review of `opd` in the cycle `year` of the caller's city, for its verifier, the lead
 * evaluator or a city admin: an evaluator reads only the reviews assigned to them.
 * @throws DomainError `forbidden` (anyone else, OPD callers included), `not_found`.
 */
export async function readReview(
  deps: Pick<ReviewDeps, 'reviews'>,
  caller: ReviewCaller,
  year: number,
  opd: string,
): Promise<Review> {
  if (!isCityAdmin(caller)) assertEvaluator(caller);
  const review = await deps.reviews.get(caller.identity.city, year, opd);
  if (!review) throw refusals.notFound();
  assertMayRead(caller, review);
  return review;
}
