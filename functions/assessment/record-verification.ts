import { parseInput } from '#functions/platform/input/parse-input.ts';
import { assertEvaluator, type ReviewCaller } from './review-caller.ts';
import { decide } from './review-decision.ts';
import type { ReviewDeps, ReviewOutcome } from './review-deps.ts';
import { recordVerificationInput } from './review-inputs.ts';
import type { IndicatorReview } from './review-model.ts';
import { reviewRefusals } from './review-refusals.ts';

/** The fields of an indicator a verification sets, for the audit event. */
const verifiedOf = ({ verified, note }: IndicatorReview) => ({
  verified: verified ?? null,
  note: note ?? null,
});

/**
 * Records verified levels (1-5), each with an optional note, for indicators of a review that is
 * `in_review`. Indicators not sent keep what they had; a level sent without a note clears the
 * note the indicator had. Only the review's verifier or the lead evaluator may; an OPD caller is
 * refused for every level it sent (403, one field error each), whatever its other roles.
 *
 * @throws DomainError `invalid` (bad input, an indicator the review lacks), `forbidden`,
 *   `not_found`, `conflict` (stale revision, not in review).
 */
export async function recordVerification(
  deps: ReviewDeps,
  caller: ReviewCaller,
  body: unknown,
): Promise<ReviewOutcome> {
  const input = parseInput(recordVerificationInput, body);
  assertEvaluator(caller, Object.keys(input.levels));
  return decide(deps, caller, 'recordVerification', input, (review) => {
    const sent = Object.keys(input.levels);
    const unknown = sent.filter((indicator) => !Object.hasOwn(review.indicators, indicator));
    if (unknown.length > 0) throw reviewRefusals.unknownIndicators('levels', unknown);
    const indicators = { ...review.indicators };
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const [indicator, { level, note }] of Object.entries(input.levels)) {
      const { note: _old, ...current } = indicators[indicator] as IndicatorReview;
      const updated: IndicatorReview = {
        ...current,
        verified: level,
        ...(note === undefined ? {} : { note }),
      };
      before[indicator] = verifiedOf(indicators[indicator] as IndicatorReview);
      after[indicator] = verifiedOf(updated);
      indicators[indicator] = updated;
    }
    return {
      next: { ...review, indicators },
      before: { status: review.status, indicators: before },
      after: { status: review.status, indicators: after },
    };
  });
}
