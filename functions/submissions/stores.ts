import type { AuditEvent, AuditRecord } from '#functions/platform/audit/audit-event.ts';
import type { Key } from '#functions/platform/table/keys.ts';
import type { Draft, OpdScope, Submission } from './model.ts';

/*
 * The store of drafts and submissions, as the use cases and other parts speak to it; its DynamoDB
 * implementation is `store/submission-store.ts`, wired by the app. A stale revision is the
 * table's `StaleRevisionError` (platform/table/errors.ts).
 */

/** The submission id is taken: the same draft (or idempotency key) was submitted before. */
export class AlreadySubmittedError extends Error {
  override readonly name = 'AlreadySubmittedError';
  constructor(readonly existing: Submission) {
    super(`Submission ${existing.submissionId} exists`);
  }
}

/** The draft id is taken: the same idempotency key created a draft before. */
export class DraftExistsError extends Error {
  override readonly name = 'DraftExistsError';
  constructor(readonly existing: Draft) {
    super(`Draft ${existing.draftId} exists`);
  }
}

export interface SubmissionStore {
  /** Stores a new draft with its audit event; throws {@link DraftExistsError} when the id is taken. */
  createDraft(draft: Draft, audit: AuditRecord): Promise<void>;
  /** Replaces a draft's answers if its revision is still `expectedRevision`. */
  saveDraft(draft: Draft, expectedRevision: number, audit: AuditRecord): Promise<void>;
  getDraft(city: string, draftId: string): Promise<Draft | undefined>;
  /**
   * Stores a submission and, in the same transaction, marks its draft submitted and appends the
   * audit events. Throws {@link AlreadySubmittedError} when the id is taken, {@link StaleRevisionError}
   * when the draft changed meanwhile.
   */
  submit(
    submission: Submission,
    audit: AuditRecord[],
    draft?: { expectedRevision: number; updated: Draft },
  ): Promise<void>;
  getSubmission(city: string, submissionId: string): Promise<Submission | undefined>;
  /** An OPD's drafts and submissions (summaries), oldest first. */
  listForOpd(scope: OpdScope): Promise<{ drafts: Draft[]; submissions: Submission[] }>;
  history(entity: Key): Promise<AuditEvent[]>;
}
