import type { ObligationDeps } from '#functions/obligations/deps.ts';
import { obligationIdOf } from '#functions/obligations/model.ts';
import { obligationAccepted, obligationRevisionRequested } from '#functions/obligations/review-loop.ts';
import { accept } from './accept-review.ts';
import { requestRevision } from './request-revision.ts';
import type { ReviewCaller } from './review-caller.ts';
import type { ReviewDeps, ReviewOutcome } from './review-deps.ts';
import type { Review } from './review-model.ts';
import { selfAssessmentKind } from './self-assessment-kind.ts';

/*
 * The decisions that end a round, with what they do to the OPD's self-assessment obligation: a
 * revision request makes it owed again by the revision's date (its reminders resume against it),
 * an acceptance closes it. The pages and the API decide through these, so both keep the review
 * and the obligation in step. Both obligation changes are idempotent: a retried decision, whose
 * review change is replayed, changes the obligation at most once.
 */

/** What a decision that ends a round needs: the review's ports and the obligations'. */
export interface RoundDeps {
  reviews: ReviewDeps;
  obligations: ObligationDeps;
}

/** The OPD's self-assessment obligation that a review reviews. */
export const obligationOfReview = (review: Pick<Review, 'city' | 'year' | 'opd'>) =>
  obligationIdOf(review.city, review.year, review.opd, selfAssessmentKind.id);

/** `requestRevision`, then the obligation owed again by the revision's due date. */
export async function requestRevisionOfOpd(
  deps: RoundDeps,
  caller: ReviewCaller,
  body: unknown,
): Promise<ReviewOutcome> {
  const outcome = await requestRevision(deps.reviews, caller, body);
  const { review } = outcome;
  if (review.revisionDue !== undefined)
    await obligationRevisionRequested(
      deps.obligations,
      caller.identity.subject,
      obligationOfReview(review),
      review.revisionDue,
    );
  return outcome;
}

/** `accept`, then the obligation accepted. */
export async function acceptAssessment(
  deps: RoundDeps,
  caller: ReviewCaller,
  body: unknown,
): Promise<ReviewOutcome> {
  const outcome = await accept(deps.reviews, caller, body);
  await obligationAccepted(deps.obligations, caller.identity.subject, obligationOfReview(outcome.review));
  return outcome;
}
