import { DomainError } from '#functions/platform/errors/domain-errors.ts';
import type { Identity } from '#functions/platform/identity/identity.ts';
import { logger } from '#functions/platform/lambda/observability.ts';
import { StaleRevisionError } from '#functions/platform/table/errors.ts';
import { AlreadySubmittedError } from '#functions/submissions/stores.ts';
import { readable, things, writableScope } from './access.ts';
import { checkSubmittedAnswers } from './answers.ts';
import { submissionAudit } from './audit-events.ts';
import type { SubmissionDeps } from './deps.ts';
import { staleDraft } from './drafts.ts';
import { linkEvidence } from './evidence.ts';
import { findForm } from './form-lookup.ts';
import { assertSameRequest, idempotencyRecord, idempotentId } from './idempotency.ts';
import type { Draft, IdempotencyRecord, Submission } from './model.ts';
import type { SubmitBody } from './schemas.ts';

export interface SubmitOutcome {
  submission: Submission;
  /** True when this was a repeat (double click, retry) of a submission already stored. */
  replayed: boolean;
}

/**
 * Submits answers for the caller's OPD. The submission id is the draft's id (or derived from the
 * `Idempotency-Key`), so repeating the same submit stores nothing new and returns the first.
 * The same key with another body is refused (422).
 */
export async function submit(
  deps: SubmissionDeps,
  identity: Identity,
  formId: string,
  body: SubmitBody,
  idempotencyKey?: string,
): Promise<SubmitOutcome> {
  const scope = writableScope(identity);
  const request = idempotencyKey === undefined ? undefined : idempotencyRecord(idempotencyKey, body);
  const definition = await findForm(deps, scope, formId, body.formVersion);
  const draft = body.draftId ? await openDraft(deps, identity, formId, body.draftId) : undefined;
  const submissionId =
    draft?.draftId ??
    (idempotencyKey === undefined ? deps.newId() : idempotentId('submission', scope, formId, idempotencyKey));
  // A repeat is answered before its answers are checked again: the first answer stands.
  const mayRepeat = draft ? draft.status === 'submitted' : request !== undefined;
  const earlier = mayRepeat ? await deps.store.getSubmission(scope.city, submissionId) : undefined;
  if (earlier || draft?.status === 'submitted') return replayed(identity, earlier, request);
  if (draft && body.revision !== undefined && body.revision !== draft.revision) throw staleDraft();

  const checked = checkSubmittedAnswers(definition, body.answers);
  const evidence = await linkEvidence(deps.files, scope, definition, checked.value);
  const at = deps.clock.now().toISOString();
  const submission: Submission = {
    ...scope,
    submissionId,
    formId,
    formVersion: definition.version,
    answers: checked.value as Submission['answers'],
    computed: checked.computed as Submission['computed'],
    ...(checked.score ? { score: { score: checked.score.score, max: checked.score.max } } : {}),
    evidence,
    status: 'submitted',
    revision: 1,
    submittedAt: at,
    submittedBy: identity.subject,
    ...(draft ? { draftId: draft.draftId } : {}),
    ...(request ? { idempotency: request } : {}),
  };
  const audit = submissionAudit.event('submission.created', {
    eventId: deps.newId(),
    at,
    actor: identity.subject,
    ...scope,
    entityId: submission.submissionId,
    before: null,
    after: { formVersion: submission.formVersion, answers: submission.answers, evidence },
  });
  const draftUpdate = draft && {
    expectedRevision: draft.revision,
    updated: {
      ...draft,
      status: 'submitted' as const,
      revision: draft.revision + 1,
      updatedAt: at,
      updatedBy: identity.subject,
    },
  };
  const draftAudit =
    draftUpdate &&
    submissionAudit.event('draft.submitted', {
      eventId: deps.newId(),
      at,
      actor: identity.subject,
      ...scope,
      entityId: draftUpdate.updated.draftId,
      before: { revision: draftUpdate.expectedRevision, status: 'draft' },
      after: {
        revision: draftUpdate.updated.revision,
        status: 'submitted',
        submissionId: submission.submissionId,
      },
    });
  try {
    await deps.store.submit(submission, draftAudit ? [audit, draftAudit] : [audit], draftUpdate);
    // The submission is safe; if this step fails, the next reminder of the obligation finds the
    // submission and satisfies it then (see decideSlot), so no one is reminded of what they sent.
    await deps
      .onSubmitted?.(submission)
      .catch((error: unknown) => logger.warn('Obligation not yet updated', { error }));
    return { submission, replayed: false };
  } catch (error) {
    if (error instanceof AlreadySubmittedError) return replayed(identity, error.existing, request);
    if (error instanceof StaleRevisionError) throw staleDraft();
    throw error;
  }
}

export async function getSubmission(deps: SubmissionDeps, identity: Identity, submissionId: string) {
  return readable(identity, await deps.store.getSubmission(identity.city, submissionId), things.submission);
}

async function openDraft(
  deps: SubmissionDeps,
  identity: Identity,
  formId: string,
  draftId: string,
): Promise<Draft> {
  const draft = readable(identity, await deps.store.getDraft(identity.city, draftId), things.draft);
  if (draft.formId !== formId)
    throw new DomainError('not_found', 'not_found', {
      id: 'Draf tidak ditemukan.',
      en: 'The draft was not found.',
    });
  return draft;
}

/** The first answer to a repeated submit, unless the key came back with another body (422). */
function replayed(
  identity: Identity,
  existing: Submission | undefined,
  request: IdempotencyRecord | undefined,
): SubmitOutcome {
  const submission = readable(identity, existing, things.submission);
  assertSameRequest(submission, request);
  return { submission, replayed: true };
}
