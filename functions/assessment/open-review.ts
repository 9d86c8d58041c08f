import { parseInput } from '#functions/platform/input/parse-input.ts';
import { StaleRevisionError } from '#functions/platform/table/errors.ts';
import { reviewAudit } from './audit-events.ts';
import { decisionDigest } from './decision-digest.ts';
import type { ReviewDeps, ReviewOutcome } from './review-deps.ts';
import { type OpenReviewInput, openReviewInput } from './review-inputs.ts';
import { type IndicatorReview, type Review, reviewIdOf } from './review-model.ts';
import { reviewRefusals } from './review-refusals.ts';
import { nextStatus } from './review-status.ts';

/** The workflow that opens reviews, as the audit trail names it when no person is the actor. */
export const openingActor = 'system:submission-review';

/**
 * The indicators of the next round: the claims of the new submission, each keeping the verified
 * level and note of the round before as the starting point, and what an evaluation visit found on
 * site (a resubmission does not undo a visit); revision comments are answered by the resubmission
 * and dropped, and so are indicators the new submission no longer claims.
 */
function nextRound(
  earlier: Readonly<Record<string, IndicatorReview>>,
  claimed: OpenReviewInput['claimed'],
): Record<string, IndicatorReview> {
  return Object.fromEntries(
    Object.entries(claimed).map(([indicator, level]) => {
      const { verified, note, finding } = earlier[indicator] ?? {};
      return [
        indicator,
        {
          claimed: level,
          ...(verified === undefined ? {} : { verified }),
          ...(note === undefined ? {} : { note }),
          ...(finding === undefined ? {} : { finding }),
        },
      ];
    }),
  );
}

/** The review without the OPD's due date of a revision, which the resubmission answers. */
function withoutRevisionDue({ revisionDue: _answered, ...rest }: Review): Omit<Review, 'revisionDue'> {
  return rest;
}

/**
 * Opens the review of a submitted self-assessment, when the OPD submits: round 1 with the verifier
 * the workflow assigned (see `review/assign-verifier.ts`), or, when the review is waiting for a
 * revision, the next round with the same verifier, the new claims and the verified levels and
 * notes of the round before. The review enters its verifier's queue, due `due`.
 *
 * Opening the same submission again (a retried workflow step) writes nothing and returns the
 * review. The workflow's input names the city: there is no person whose claims would.
 *
 * @throws DomainError `invalid` (bad input), `conflict` (a resubmission while the review is in
 *   review or accepted, or one that names another verifier).
 */
export async function openReview(
  deps: ReviewDeps,
  body: unknown,
  actor = openingActor,
): Promise<ReviewOutcome> {
  const input = parseInput(openReviewInput, body);
  for (let attempt = 0; ; attempt++) {
    const earlier = await deps.reviews.get(input.city, input.year, input.opd);
    if (earlier?.submissionId === input.submissionId) return { review: earlier, replayed: true };
    if (earlier) {
      if (!nextStatus('openReview', earlier.status))
        throw reviewRefusals.notAwaitingResubmission(earlier.status);
      if (earlier.verifier !== input.verifier) throw reviewRefusals.verifierChanged();
    }
    const at = deps.clock.now().toISOString();
    const review: Review = {
      ...(earlier ? withoutRevisionDue(earlier) : {}),
      city: input.city,
      year: input.year,
      opd: input.opd,
      reviewId: reviewIdOf(input.year, input.opd),
      submissionId: input.submissionId,
      verifier: input.verifier,
      status: 'in_review',
      round: earlier ? earlier.round + 1 : 1,
      due: input.due,
      indicators: nextRound(earlier?.indicators ?? {}, input.claimed),
      openedAt: at,
      openedBy: actor,
      lastChange: {
        command: 'openReview',
        onRevision: earlier?.revision ?? 0,
        digest: decisionDigest('openReview', actor, input),
      },
      revision: (earlier?.revision ?? 0) + 1,
    };
    const audit = reviewAudit.event(earlier ? 'review.reopened' : 'review.opened', {
      eventId: deps.newId(),
      at,
      actor,
      city: review.city,
      opd: review.opd,
      entityId: review.reviewId,
      before: earlier
        ? {
            revision: earlier.revision,
            status: earlier.status,
            round: earlier.round,
            submissionId: earlier.submissionId,
          }
        : null,
      after: {
        revision: review.revision,
        status: review.status,
        round: review.round,
        submissionId: review.submissionId,
        verifier: review.verifier,
        due: review.due,
        claimed: input.claimed,
      },
    });
    try {
      await deps.reviews.put(review, audit, earlier);
      return { review, replayed: false };
    } catch (error) {
      // A twin opened it meanwhile: read again, once, and answer as it did.
      if (!(error instanceof StaleRevisionError)) throw error;
      if (attempt > 0) throw reviewRefusals.stale();
    }
  }
}
