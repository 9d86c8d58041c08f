import { parseInput } from '#functions/platform/input/parse-input.ts';
import { assertEvaluator, type ReviewCaller } from './review-caller.ts';
import { decide } from './review-decision.ts';
import type { ReviewDeps, ReviewOutcome } from './review-deps.ts';
import { acceptInput } from './review-inputs.ts';
import type { Review } from './review-model.ts';
import { reviewRefusals } from './review-refusals.ts';

/** Indicator id to verified level, of the indicators that have one. */
const verifiedLevels = (review: Review) =>
  Object.fromEntries(
    Object.entries(review.indicators).flatMap(([indicator, { verified }]) =>
      verified === undefined ? [] : [[indicator, verified]],
    ),
  );

/**
 * Accepts a review that is `in_review` and whose every indicator has a verified level: the review
 * is closed and its verified levels are the final ones (scoring reads them as such, see
 * `assessedLevels`). It leaves the verifier's queue. Only the review's verifier or the lead
 * evaluator may.
 *
 * @throws DomainError `invalid` (bad input; one field error per indicator without a verified
 *   level), `forbidden`, `not_found`, `conflict` (stale revision, not in review).
 */
export async function accept(deps: ReviewDeps, caller: ReviewCaller, body: unknown): Promise<ReviewOutcome> {
  const input = parseInput(acceptInput, body);
  assertEvaluator(caller);
  return decide(deps, caller, 'accept', input, (review) => {
    const missing = Object.entries(review.indicators)
      .filter(([, levels]) => levels.verified === undefined)
      .map(([indicator]) => indicator);
    if (missing.length > 0) throw reviewRefusals.notVerified(missing);
    return {
      next: { ...review, status: 'accepted' },
      before: { status: review.status },
      after: { status: 'accepted', final: verifiedLevels(review) },
    };
  });
}
