import type { MaturityLevel } from '#forms/instrument/model.ts';
import type { AssessedLevel } from './scoring/levels.ts';
import type { VisitFinding } from './visit-findings.ts';

/**
 * The review of one OPD's self-assessment in one cycle, by its verifier.
 *
 * Status machine (see `review-status.ts`): `in_review` -> `revision_requested` -> `in_review`
 * (the next round, on resubmission) ... -> `accepted`. An accepted review is closed.
 */
export const reviewStatuses = ['in_review', 'revision_requested', 'accepted'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

/** What the review holds of one indicator. */
export interface IndicatorReview {
  /** The level the OPD claimed in the submission under review. */
  claimed: MaturityLevel;
  /** The level the verifier set after checking the evidence; kept from round to round. */
  verified?: MaturityLevel;
  /** The verifier's note on the verified level. */
  note?: string;
  /** What the OPD must revise, as the verifier asked it in the last revision request of this round. */
  revisionComment?: string;
  /** What the evaluation visit found on site (`visit-findings.ts`): its level is the final one. */
  finding?: VisitFinding;
}

/** How the last change was asked, so that a retry of the same decision is told from a new one. */
export interface LastChange {
  command: ReviewCommand;
  /** The revision the decision was made on; the review is at the next one after it. */
  onRevision: number;
  /** SHA-256 of the caller and the input of the decision (see `review-decision.ts`). */
  digest: string;
}

/** The commands that change a review. */
export type ReviewCommand = 'openReview' | 'recordVerification' | 'requestRevision' | 'accept';

export interface Review {
  city: string;
  year: number;
  opd: string;
  /** `<year>.<opd>`: unique within the city (see {@link reviewIdOf}). */
  reviewId: string;
  /** The submitted self-assessment under review: the latest one of the OPD this cycle. */
  submissionId: string;
  /** The person id of the evaluator assigned to verify. */
  verifier: string;
  status: ReviewStatus;
  /** 1 for the first submission, one more for each resubmission after a revision request. */
  round: number;
  /** Local date (YYYY-MM-DD, in the city's zone) by which the verifier should decide this round. */
  due: string;
  /** While `revision_requested`: the local date by which the OPD should resubmit. */
  revisionDue?: string;
  /** By indicator id. */
  indicators: Record<string, IndicatorReview>;
  /** When and by whom (a person id, or `system:<workflow>`) the current round was opened. */
  openedAt: string;
  openedBy: string;
  /** The last decision of a verifier (verification, revision request or acceptance). */
  decidedAt?: string;
  decidedBy?: string;
  lastChange: LastChange;
  /** Optimistic locking: every change names the revision it read, and adds one. */
  revision: number;
}

/** One review in a verifier's queue: enough to list it and open it by city, year and OPD. */
export interface ReviewQueueEntry {
  city: string;
  year: number;
  opd: string;
  reviewId: string;
  submissionId: string;
  round: number;
  due: string;
}

/** The id of the review of `opd` in the cycle `year`; deterministic, so a review is opened once. */
export const reviewIdOf = (year: number, opd: string) => `${year}.${opd}`;

/** The queue entry of a review that is waiting for its verifier. */
export const queueEntryOf = (review: Review): ReviewQueueEntry => ({
  city: review.city,
  year: review.year,
  opd: review.opd,
  reviewId: review.reviewId,
  submissionId: review.submissionId,
  round: review.round,
  due: review.due,
});

/**
 * The review's levels as scoring reads them: claimed as `self`, verified as `verified`, and
 * `accepted` once the review is. The final level is the verified level of an accepted review and
 * is derived by scoring (`levelOf`), never stored, so it can never disagree with the verified one.
 * Indicators come in code-unit order of their ids.
 */
export function assessedLevels(review: Review): AssessedLevel[] {
  // A map read back from the table keeps no order: indicators in code-unit order of their ids.
  const entries = Object.entries(review.indicators).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return entries.map(([indicator, levels]) => ({
    opd: review.opd,
    indicator,
    self: levels.claimed,
    ...(levels.verified === undefined ? {} : { verified: levels.verified }),
    ...(review.status === 'accepted' ? { accepted: true } : {}),
    ...(levels.finding === undefined ? {} : { visited: levels.finding.level }),
  }));
}
