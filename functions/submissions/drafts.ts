import { DomainError } from '#functions/platform/errors/domain-errors.ts';
import type { Identity } from '#functions/platform/identity/identity.ts';
import { logger } from '#functions/platform/lambda/observability.ts';
import { StaleRevisionError } from '#functions/platform/table/errors.ts';
import { DraftExistsError } from '#functions/submissions/stores.ts';
import { readable, things, writableScope } from './access.ts';
import { checkDraftAnswers } from './answers.ts';
import { submissionAudit } from './audit-events.ts';
import type { SubmissionDeps } from './deps.ts';
import { findForm } from './form-lookup.ts';
import { assertSameRequest, idempotencyRecord, idempotentId } from './idempotency.ts';
import type { Draft, IdempotencyRecord } from './model.ts';
import type { DraftBody, NewDraftBody } from './schemas.ts';

/** The code of a save that names a revision older than the draft's: the pages show the draft as it is now. */
export const staleRevisionCode = 'stale_revision';

export const staleDraft = () =>
  new DomainError('conflict', staleRevisionCode, {
    id: 'Draf ini sudah diubah di tempat lain. Muat ulang lalu simpan kembali.',
    en: 'This draft was changed elsewhere. Reload it, then save again.',
  });

export interface DraftOutcome {
  draft: Draft;
  /** True when this was a repeat (double click, retry) of a creation already stored. */
  replayed: boolean;
}

/**
 * Starts a draft of `formId` for the caller's OPD, at revision 1. Under an `idempotencyKey` the
 * draft id is derived from the key, so repeating the request creates nothing new and answers
 * with that draft as it is now; the same key with another body is refused (422).
 */
export async function createDraft(
  deps: SubmissionDeps,
  identity: Identity,
  formId: string,
  body: NewDraftBody,
  idempotencyKey?: string,
): Promise<DraftOutcome> {
  const scope = writableScope(identity);
  const request = idempotencyKey === undefined ? undefined : idempotencyRecord(idempotencyKey, body);
  const draftId =
    idempotencyKey === undefined ? deps.newId() : idempotentId('draft', scope, formId, idempotencyKey);
  if (request) {
    const existing = await deps.store.getDraft(scope.city, draftId);
    if (existing) return replayed(identity, existing, request);
  }
  const definition = await findForm(deps, scope, formId, body.formVersion);
  checkDraftAnswers(definition, body.answers);
  const at = deps.clock.now().toISOString();
  const draft: Draft = {
    ...scope,
    draftId,
    formId,
    formVersion: definition.version,
    answers: body.answers,
    status: 'draft',
    revision: 1,
    createdAt: at,
    createdBy: identity.subject,
    updatedAt: at,
    updatedBy: identity.subject,
    ...(request ? { idempotency: request } : {}),
  };
  try {
    await deps.store.createDraft(
      draft,
      submissionAudit.event('draft.created', {
        eventId: deps.newId(),
        at,
        actor: identity.subject,
        ...scope,
        entityId: draft.draftId,
        before: null,
        after: { revision: 1, formVersion: draft.formVersion, answers: draft.answers },
      }),
    );
  } catch (error) {
    if (error instanceof DraftExistsError) return replayed(identity, error.existing, request);
    throw error;
  }
  await draftSaved(deps, draft);
  return { draft, replayed: false };
}

/** Tells the obligation that a draft exists; the draft is safe whatever this step does. */
async function draftSaved(deps: SubmissionDeps, draft: Draft): Promise<void> {
  await deps
    .onDraftSaved?.(draft)
    .catch((error: unknown) => logger.warn('Obligation not told of the draft', { error }));
}

function replayed(identity: Identity, existing: Draft, request: IdempotencyRecord | undefined): DraftOutcome {
  const draft = readable(identity, existing, things.draft);
  assertSameRequest(draft, request);
  return { draft, replayed: true };
}

/** Replaces a draft's answers if the client saw its latest revision; otherwise 409. */
export async function saveDraft(
  deps: SubmissionDeps,
  identity: Identity,
  formId: string,
  draftId: string,
  body: DraftBody,
) {
  const scope = writableScope(identity);
  const current = readable(identity, await deps.store.getDraft(scope.city, draftId), things.draft);
  if (current.formId !== formId)
    throw new DomainError('not_found', 'not_found', {
      id: 'Draf tidak ditemukan.',
      en: 'The draft was not found.',
    });
  if (body.revision === undefined) {
    throw new DomainError('precondition_required', 'revision_required', {
      id: 'Sertakan revisi draf yang terakhir Anda baca.',
      en: 'Include the draft revision you last read.',
    });
  }
  if (current.status !== 'draft') {
    throw new DomainError('conflict', 'already_submitted', {
      id: 'Draf ini sudah dikirim.',
      en: 'This draft was already submitted.',
    });
  }
  if (body.revision !== current.revision) throw staleDraft();
  const definition = await findForm(deps, scope, formId, body.formVersion);
  checkDraftAnswers(definition, body.answers);
  const at = deps.clock.now().toISOString();
  const updated: Draft = {
    ...current,
    formVersion: definition.version,
    answers: body.answers,
    revision: current.revision + 1,
    updatedAt: at,
    updatedBy: identity.subject,
  };
  try {
    await deps.store.saveDraft(
      updated,
      current.revision,
      submissionAudit.event('draft.saved', {
        eventId: deps.newId(),
        at,
        actor: identity.subject,
        ...scope,
        entityId: draftId,
        before: { revision: current.revision, formVersion: current.formVersion, answers: current.answers },
        after: { revision: updated.revision, formVersion: updated.formVersion, answers: updated.answers },
      }),
    );
  } catch (error) {
    if (error instanceof StaleRevisionError) throw staleDraft();
    throw error;
  }
  await draftSaved(deps, updated);
  return updated;
}

export async function getDraft(deps: SubmissionDeps, identity: Identity, formId: string, draftId: string) {
  const draft = readable(identity, await deps.store.getDraft(identity.city, draftId), things.draft);
  if (draft.formId !== formId)
    throw new DomainError('not_found', 'not_found', {
      id: 'Draf tidak ditemukan.',
      en: 'The draft was not found.',
    });
  return draft;
}
