import { StaleRevisionError } from '#functions/platform/table/errors.ts';
import { reviewAudit } from './audit-events.ts';
import { decisionDigest } from './decision-digest.ts';
import { assertMayDecide, type ReviewCaller } from './review-caller.ts';
import type { ReviewDeps, ReviewOutcome } from './review-deps.ts';
import type { Review, ReviewCommand } from './review-model.ts';
import { reviewRefusals } from './review-refusals.ts';
import { nextStatus } from './review-status.ts';

/** The audit action each decision records. */
const actions = {
  recordVerification: 'review.verified',
  requestRevision: 'review.revision_requested',
  accept: 'review.accepted',
} as const;

type Decision = keyof typeof actions;

/** The review a decision is about, and the revision the caller last read of it. */
interface DecisionInput {
  year: number;
  opd: string;
  revision: number;
}

/**
 * What a decision changes of a review and what its audit event shows of it: `before` and `after`
 * are the same fields of the review as read and as it will be.
 */
export interface Change {
  next: Omit<Review, 'decidedAt' | 'decidedBy' | 'lastChange' | 'revision'>;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/** True when `review` is what the decision `digest` on `revision` left: a retry of it. */
const isReplay = (review: Review, command: ReviewCommand, revision: number, digest: string) =>
  review.lastChange.command === command &&
  review.lastChange.onRevision === revision &&
  review.lastChange.digest === digest &&
  review.revision === revision + 1;

/**
 * Runs one decision of a verifier on a review of the caller's city: finds it (404), checks that
 * the caller may decide on it (403), answers a retry of the same decision with the review it left
 * (nothing written), refuses a stale revision or a status the decision may not start from (409),
 * then stores the change and its audit event in one transaction. Of two decisions made at once on
 * one revision, exactly one is stored; the other is refused as stale (or, when it is the very same
 * decision, answered as a retry).
 * The caller has checked the input and that the caller is an evaluator.
 */
export async function decide(
  deps: ReviewDeps,
  caller: ReviewCaller,
  command: Decision,
  input: DecisionInput,
  change: (review: Review, at: string) => Change | Promise<Change>,
): Promise<ReviewOutcome> {
  const { subject, city } = caller.identity;
  const review = await deps.reviews.get(city, input.year, input.opd);
  if (!review) throw reviewRefusals.notFound();
  assertMayDecide(caller, review);
  const digest = decisionDigest(command, subject, input);
  if (isReplay(review, command, input.revision, digest)) return { review, replayed: true };
  if (review.revision !== input.revision) throw reviewRefusals.stale();
  if (!nextStatus(command, review.status)) throw reviewRefusals.wrongStatus(review.status);

  const at = deps.clock.now().toISOString();
  const { next, before, after } = await change(review, at);
  const stored: Review = {
    ...next,
    decidedAt: at,
    decidedBy: subject,
    lastChange: { command, onRevision: review.revision, digest },
    revision: review.revision + 1,
  };
  const audit = reviewAudit.event(actions[command], {
    eventId: deps.newId(),
    at,
    actor: subject,
    city,
    opd: review.opd,
    entityId: review.reviewId,
    before: { revision: review.revision, ...before },
    after: { revision: stored.revision, ...after },
  });
  try {
    await deps.reviews.put(stored, audit, review);
    return { review: stored, replayed: false };
  } catch (error) {
    if (!(error instanceof StaleRevisionError)) throw error;
    const now = await deps.reviews.get(city, input.year, input.opd);
    if (now && isReplay(now, command, input.revision, digest)) return { review: now, replayed: true };
    throw reviewRefusals.stale();
  }
}
