import type { AuditEvent, AuditRecord } from '#functions/platform/audit/audit-event.ts';
import type { ReviewLoad } from './review/load.ts';
import type { Review, ReviewQueueEntry } from './review-model.ts';

/*
 * The store of self-assessment reviews, as the review commands speak to it; its DynamoDB
 * implementation is `store/review-store.ts`, wired by the app. A stale revision is the table's
 * `StaleRevisionError` (platform/table/errors.ts); a cursor that no page of the same listing handed
 * out is the table's `InvalidCursorError` (platform/table/cursor.ts).
 */

/** Where a listing starts and how much of it to read. */
export interface PageOptions {
  limit: number;
  /** A cursor an earlier page of the same listing handed out; without it, the first page. */
  cursor?: string | undefined;
}

export interface ReviewQueuePage {
  entries: ReviewQueueEntry[];
  /** Where the next page starts, opaque; absent on the last page. */
  cursor?: string;
}

export interface ReviewPage {
  reviews: Review[];
  /** Where the next page starts, opaque; absent on the last page. */
  cursor?: string;
}

export interface ReviewStore {
  /** The review of `opd` in the cycle `year` of `city`, read consistently. */
  get(city: string, year: number, opd: string): Promise<Review | undefined>;
  /**
   * Stores `next` and its audit event in one transaction, and keeps the verifier's queue in step
   * (an entry while the review is `in_review`, none otherwise). With `previous` (the review as
   * read), only if the stored revision is still `previous.revision`; without it, only if there is
   * no review yet, and then the verifier's load of the cycle grows by one in the same transaction. Otherwise nothing is written and it throws `StaleRevisionError`. A write that
   * meets a concurrent one still in flight waits for it and tries again.
   */
  put(next: Review, audit: AuditRecord, previous?: Review): Promise<void>;
  /**
   * A page of the reviews waiting for `verifier` in `city`, earliest due first.
   * @throws InvalidCursorError for a cursor that no page of this verifier's queue handed out.
   */
  queue(city: string, verifier: string, page: PageOptions): Promise<ReviewQueuePage>;
  /**
   * A page of a cycle's reviews in `city`, whatever their status, earliest due first.
   * @throws InvalidCursorError for a cursor that no page of this city's cycle handed out.
   */
  forCycle(city: string, year: number, page: PageOptions): Promise<ReviewPage>;
  /** How many reviews each verifier of `city` was assigned in the cycle `year` (see `ReviewLoad`). */
  loads(city: string, year: number): Promise<ReviewLoad>;
  /** The audit events of a review, oldest first. */
  history(city: string, reviewId: string): Promise<AuditEvent[]>;
}
