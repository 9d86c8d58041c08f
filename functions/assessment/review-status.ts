import type { ReviewCommand, ReviewStatus } from './review-model.ts';

/**
 * Where each command may take a review, from the status it must be in. `openReview` from no
 * review at all opens round 1 (not listed: there is no status yet).
 *
 * | command              | from                 | to                   |
 * | -------------------- | -------------------- | -------------------- |
 * | `openReview`         | `revision_requested` | `in_review` (next round) |
 * | `recordVerification` | `in_review`          | `in_review`          |
 * | `requestRevision`    | `in_review`          | `revision_requested` |
 * | `accept`             | `in_review`          | `accepted`           |
 */
export const transitions: Readonly<Record<ReviewCommand, { from: ReviewStatus; to: ReviewStatus }>> = {
  openReview: { from: 'revision_requested', to: 'in_review' },
  recordVerification: { from: 'in_review', to: 'in_review' },
  requestRevision: { from: 'in_review', to: 'revision_requested' },
  accept: { from: 'in_review', to: 'accepted' },
};

/** The status `command` leaves a review in, or `undefined` when it may not run from `status`. */
export function nextStatus(command: ReviewCommand, status: ReviewStatus): ReviewStatus | undefined {
  const transition = transitions[command];
  return transition.from === status ? transition.to : undefined;
}

/** True when no command may change a review in `status` any more. */
export const isClosed = (status: ReviewStatus): boolean =>
  Object.values(transitions).every((transition) => transition.from !== status);
