import { parseInput } from '#functions/platform/input/parse-input.ts';
import { localDateOf } from '#functions/platform/time/calendar.ts';
import { assertEvaluator, type ReviewCaller } from './review-caller.ts';
import { decide } from './review-decision.ts';
import type { ReviewDeps, ReviewOutcome } from './review-deps.ts';
import { requestRevisionInput } from './review-inputs.ts';
import type { IndicatorReview } from './review-model.ts';
import { reviewRefusals } from './review-refusals.ts';

/**
 * Returns a review that is `in_review` to its OPD: a comment on each indicator to revise (at
 * least one) and the date by which the OPD should resubmit, after today in the city's zone. The
 * comments of an earlier round are replaced; verified levels and notes stay, as the next round's
 * starting point. The review leaves its verifier's queue until the OPD resubmits (`openReview`).
 * Only the review's verifier or the lead evaluator may.
 *
 * @throws DomainError `invalid` (bad input, an indicator the review lacks, a due date not after
 *   today), `forbidden`, `not_found`, `conflict` (stale revision, not in review).
 */
export async function requestRevision(
  deps: ReviewDeps,
  caller: ReviewCaller,
  body: unknown,
): Promise<ReviewOutcome> {
  const input = parseInput(requestRevisionInput, body);
  assertEvaluator(caller);
  return decide(deps, caller, 'requestRevision', input, async (review, at) => {
    const unknown = Object.keys(input.comments).filter((i) => !Object.hasOwn(review.indicators, i));
    if (unknown.length > 0) throw reviewRefusals.unknownIndicators('comments', unknown);
    const today = localDateOf(new Date(at), await deps.timeZoneOf(review.city));
    if (input.due <= today) throw reviewRefusals.dueNotAfterToday(today);
    const indicators: Record<string, IndicatorReview> = {};
    for (const [indicator, levels] of Object.entries(review.indicators)) {
      const { revisionComment: _earlier, ...kept } = levels;
      const comment = input.comments[indicator];
      indicators[indicator] = comment === undefined ? kept : { ...kept, revisionComment: comment };
    }
    return {
      next: { ...review, status: 'revision_requested', revisionDue: input.due, indicators },
      before: { status: review.status },
      after: { status: 'revision_requested', revisionDue: input.due, comments: input.comments },
    };
  });
}
