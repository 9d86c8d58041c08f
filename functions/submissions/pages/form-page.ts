import { randomBytes } from 'node:crypto';
import type { FormDefinition } from '#forms/engine/definition.ts';
import type { FormError } from '#forms/engine/messages.ts';
import { formDataToAnswers } from '#forms/render/form-data.ts';
import { renderForm } from '#forms/render/render-form.ts';
import { timeZoneOfCity } from '#functions/directory/city-time-zone.ts';
import { DomainError } from '#functions/platform/errors/domain-errors.ts';
import { html, raw } from '#functions/platform/html/html.ts';
import type { HttpResult } from '#functions/platform/http/http.ts';
import { hasRole, type Identity } from '#functions/platform/identity/identity.ts';
import type { Bilingual } from '#functions/platform/text/bilingual.ts';
import { layout } from '#functions/platform/web/layout.ts';
import { messagePage } from '#functions/platform/web/message.ts';
import type { FormPost } from '#functions/platform/web/post-body.ts';
import { requireSession } from '#functions/platform/web/request.ts';
import { page, redirect } from '#functions/platform/web/responses.ts';
import { texts } from '#functions/platform/web/texts.ts';
import { writableScope } from '#functions/submissions/access.ts';
import { createDraft, getDraft, saveDraft, staleRevisionCode } from '#functions/submissions/drafts.ts';
import { findForm } from '#functions/submissions/form-lookup.ts';
import type { Draft } from '#functions/submissions/model.ts';
import type { SubmissionRequest } from '#functions/submissions/pages/deps.ts';
import { getSubmission, submit } from '#functions/submissions/submit.ts';
import { readOnlyDraftPage } from './draft-view.ts';
import { deleteStored, storePostedFiles } from './form-post.ts';
import { formTexts } from './form-texts.ts';
import { secondDraftPage } from './second-draft.ts';

interface FormView {
  definition: FormDefinition;
  answers: unknown;
  errors?: readonly FormError[];
  draft?: Draft;
  saved?: boolean;
  status?: number;
  /** The idempotency key of the form as first shown; kept when the same form is shown again. */
  idempotencyKey?: string;
  /** Why the answers shown are not saved yet (a conflict, an expired form). */
  notice?: Bilingual;
}

/** Every rendered form carries one key, so a double click or a resent post stores once. */
const idempotencyField = '_idempotency';
const newIdempotencyKey = () => randomBytes(18).toString('base64url');

/**
 * The answers a new form starts with: those of the OPD's submission `?dari=<submissionId>` when it
 * revises one (a verifier asked for a revision), else none.
 */
async function revisedAnswers(request: SubmissionRequest, identity: Identity, formId: string) {
  const from = request.query.get('dari');
  if (!from) return {};
  const submission = await getSubmission(request.deps, identity, from);
  return submission.formId === formId && submission.opd === identity.opd ? submission.answers : {};
}

/** The form page: the form rendered from its definition, with its draft answers and errors. */
async function renderPage(request: SubmissionRequest, view: FormView): Promise<HttpResult> {
  const { csrf, identity } = requireSession(request);
  const { lang } = request;
  const { definition, draft } = view;
  const opd = draft?.opd ?? identity.opd;
  const notes =
    opd && (await request.deps.reviewOf?.({ city: identity.city, opd, formId: definition.id }))?.notes;
  const action = draft ? `/forms/${definition.id}/drafts/${draft.draftId}` : `/forms/${definition.id}/new`;
  const form = renderForm(definition, {
    lang,
    answers: view.answers,
    errors: view.errors ?? [],
    action,
    csrfToken: csrf,
    hiddenInputs: {
      formVersion: String(definition.version),
      [idempotencyField]: view.idempotencyKey ?? newIdempotencyKey(),
      ...(draft ? { revision: String(draft.revision) } : {}),
    },
    uploadUrl: '/uploads',
    ...(notes ? { notes } : {}),
  });
  const body = html`<h1>${definition.title[lang]}</h1>
<p class="hint">${definition.description[lang]}</p>
${view.saved ? html`<p class="notice notice--success" role="status">${texts.saved[lang]}</p>` : ''}
${view.notice ? html`<p class="notice notice--warning" role="alert">${view.notice[lang]}</p>` : ''}
${raw(form)}`;
  return page(
    request,
    view.status ?? 200,
    layout({
      site: request.deps.site,
      lang,
      title: definition.title[lang],
      body,
      path: action,
      session: request.session?.value,
      scripts: ['visibility', 'upload', 'computed'],
    }),
  );
}

/** Field errors of a refusal as the form renders them (paths relative to the answers). */
function formErrors(error: DomainError): FormError[] {
  return (error.fields ?? []).map((field) => ({
    path: field.path.replace(/^answers\.?/, ''),
    code: field.code as FormError['code'],
    message: field.message,
  }));
}

/** `GET /forms/{formId}/new` and `GET /forms/{formId}/drafts/{draftId}`. */
export async function showForm(request: SubmissionRequest): Promise<HttpResult> {
  const { identity } = requireSession(request);
  const formId = request.params.formId ?? '';
  const draftId = request.params.draftId;
  const fills = identity.opd !== undefined && hasRole(identity, 'opd-operator', 'opd-head');
  if (!draftId) {
    const definition = await findForm(request.deps, identity, formId);
    if (!fills) return messagePage(request, 403, texts.forbiddenTitle, formTexts.notYoursToFill);
    if (identity.opd && !request.query.has('baru')) {
      const existing = await secondDraftPage(request, definition, identity.opd);
      if (existing) return existing;
    }
    return renderPage(request, { definition, answers: await revisedAnswers(request, identity, formId) });
  }
  const draft = await getDraft(request.deps, identity, formId, draftId);
  if (draft.status === 'submitted') return redirect(`/submissions/${draft.draftId}`);
  const definition = await findForm(request.deps, draft, formId, draft.formVersion);
  if (!fills) {
    const timeZone = await timeZoneOfCity(request.deps.directory, identity.city);
    return readOnlyDraftPage(request, definition, draft, timeZone);
  }
  return renderPage(request, {
    definition,
    answers: draft.answers,
    draft,
    saved: request.query.has('saved'),
  });
}

/** What a form post is for: the draft (its owner checked) and the form, with the post the guard read. */
async function postedForm(request: SubmissionRequest) {
  const { identity } = requireSession(request);
  const posted: FormPost = request.post ?? { fields: new URLSearchParams(), files: [] };
  const formId = request.params.formId ?? '';
  const draftId = request.params.draftId;
  const draft = draftId ? await getDraft(request.deps, identity, formId, draftId) : undefined;
  const definition = await findForm(
    request.deps,
    draft ?? identity,
    formId,
    draft?.formVersion ?? (Number(posted.fields.get('formVersion')) || undefined),
  );
  return { identity, posted, formId, draft, definition };
}

/**
 * `POST` of the form page: add or remove an item, save the draft, or submit. CSRF, the session
 * and the draft's owner are checked before any posted file is stored, and a post refused after
 * that (field errors, a stale draft, any failure) deletes the files it stored: a form shown again
 * keeps what was typed and asks for the file once more.
 */
export async function postForm(request: SubmissionRequest): Promise<HttpResult> {
  const { identity, posted, draft, definition } = await postedForm(request);
  if (posted.files.length > 0) writableScope(identity);
  const refs = new URLSearchParams(posted.fields);
  let stored: string[];
  try {
    stored = await storePostedFiles(request, identity, posted);
  } catch (error) {
    // A file the store refused (its type, its size): the form again, what was typed kept.
    if (!(error instanceof DomainError && error.kind === 'invalid')) throw error;
    const { answers } = formDataToAnswers(definition, refs);
    const key = refs.get(idempotencyField) || undefined;
    return renderPage(request, {
      definition,
      answers,
      ...(draft ? { draft } : {}),
      ...(key ? { idempotencyKey: key } : {}),
      errors: formErrors(error),
      status: 400,
    });
  }
  // What a refusal shows again: the fields as posted, without references to files it deleted.
  const refused = async () => {
    await deleteStored(request, stored);
    return refs;
  };
  try {
    return await applyPost(request, identity, definition, posted.fields, draft, refused);
  } catch (error) {
    await deleteStored(request, stored);
    throw error;
  }
}

async function applyPost(
  request: SubmissionRequest,
  identity: Identity,
  definition: FormDefinition,
  fields: URLSearchParams,
  draft: Draft | undefined,
  refused: () => Promise<URLSearchParams>,
): Promise<HttpResult> {
  const formId = definition.id;
  const { answers, action } = formDataToAnswers(definition, fields);
  const key = fields.get(idempotencyField) || undefined;
  const view = { definition, answers, ...(draft ? { draft } : {}), ...(key ? { idempotencyKey: key } : {}) };
  if (!action || action.kind === 'add' || action.kind === 'remove') return renderPage(request, view);
  const revision = Number(fields.get('revision')) || undefined;
  try {
    if (action.kind === 'submit') {
      const body = {
        formVersion: definition.version,
        answers,
        ...(draft ? { draftId: draft.draftId, revision } : {}),
      };
      const { submission } = await submit(request.deps, identity, formId, body, key);
      return redirect(`/submissions/${submission.submissionId}`);
    }
    const saved = draft
      ? await saveDraft(request.deps, identity, formId, draft.draftId, {
          formVersion: definition.version,
          answers,
          revision,
        })
      : (await createDraft(request.deps, identity, formId, { formVersion: definition.version, answers }, key))
          .draft;
    return redirect(`/forms/${formId}/drafts/${saved.draftId}?saved=1`);
  } catch (error) {
    const shownAgain = async () => ({
      ...view,
      answers: formDataToAnswers(definition, await refused()).answers,
    });
    if (error instanceof DomainError && error.kind === 'invalid') {
      return renderPage(request, { ...(await shownAgain()), errors: formErrors(error), status: 400 });
    }
    if (draft && error instanceof DomainError && error.code === staleRevisionCode) {
      // Shown against the draft as it is now, so saving again names its latest revision.
      const current = await getDraft(request.deps, identity, formId, draft.draftId);
      return renderPage(request, {
        ...(await shownAgain()),
        draft: current,
        notice: formTexts.staleKept,
        status: 409,
      });
    }
    throw error;
  }
}

/** A post whose CSRF token failed: nothing stored, not even the files; what was typed is shown under a fresh token. */
postForm.onCsrfRefused = async (request: SubmissionRequest): Promise<HttpResult> => {
  const { posted, draft, definition } = await postedForm(request);
  const { answers } = formDataToAnswers(definition, posted.fields);
  return renderPage(request, {
    definition,
    answers,
    ...(draft ? { draft } : {}),
    notice: formTexts.csrfKept,
    status: 403,
  });
};
