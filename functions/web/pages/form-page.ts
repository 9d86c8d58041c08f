import type { FormDefinition } from '#forms/engine/definition.ts';
import type { FormError } from '#forms/engine/messages.ts';
import { formDataToAnswers } from '#forms/render/form-data.ts';
import { html, raw } from '#forms/render/html.ts';
import { renderForm } from '#forms/render/render-form.ts';
import { visibilityScript } from '#forms/render/visibility-script.ts';
import { HttpError } from '#functions/api/errors.ts';
import type { HttpResult } from '#functions/api/http.ts';
import { createDraft, getDraft, saveDraft } from '#functions/submissions/drafts.ts';
import { findForm } from '#functions/submissions/form-lookup.ts';
import type { Draft } from '#functions/submissions/model.ts';
import { submit } from '#functions/submissions/submit.ts';
import { readFormPost } from '../form-post.ts';
import { layout } from '../layout.ts';
import { checkCsrf, requireSession, type WebRequest } from '../request.ts';
import { newNonce, page, redirect } from '../responses.ts';
import { texts } from '../texts.ts';
import { uploadScript } from '../upload-script.ts';

interface FormView {
  definition: FormDefinition;
  answers: unknown;
  errors?: readonly FormError[];
  draft?: Draft;
  saved?: boolean;
  status?: number;
}

/** The form page: the form rendered from its definition, with its draft answers and errors. */
function renderPage(request: WebRequest, view: FormView): HttpResult {
  const { csrf } = requireSession(request);
  const { lang } = request;
  const { definition, draft } = view;
  const action = draft ? `/forms/${definition.id}/drafts/${draft.draftId}` : `/forms/${definition.id}/new`;
  const form = renderForm(definition, {
    lang,
    answers: view.answers,
    errors: view.errors ?? [],
    action,
    csrfToken: csrf,
    hiddenInputs: {
      formVersion: String(definition.version),
      ...(draft ? { revision: String(draft.revision) } : {}),
    },
    uploadUrl: '/uploads',
  });
  const nonce = newNonce();
  const body = html`<h1>${definition.title[lang]}</h1>
<p class="hint">${definition.description[lang]}</p>
${view.saved ? html`<p class="notice notice--success" role="status">${texts.saved[lang]}</p>` : ''}
${raw(form)}`;
  return page(
    view.status ?? 200,
    layout({
      lang,
      title: definition.title[lang],
      body,
      path: action,
      session: request.session?.value,
      nonce,
      script: `${visibilityScript}\n${uploadScript}`,
    }),
    nonce,
  );
}

/** Field errors of an {@link HttpError} as the form renders them (paths relative to the answers). */
function formErrors(error: HttpError): FormError[] {
  return (error.fields ?? []).map((field) => ({
    path: field.path.replace(/^answers\.?/, ''),
    code: field.code as FormError['code'],
    message: field.message,
  }));
}

/** `GET /forms/{formId}/new` and `GET /forms/{formId}/drafts/{draftId}`. */
export async function showForm(request: WebRequest): Promise<HttpResult> {
  const { identity } = requireSession(request);
  const formId = request.params.formId ?? '';
  const draftId = request.params.draftId;
  if (!draftId) return renderPage(request, { definition: findForm(request.deps.forms, formId), answers: {} });
  const draft = await getDraft(request.deps, identity, formId, draftId);
  if (draft.status === 'submitted') return redirect(`/submissions/${draft.draftId}`);
  return renderPage(request, {
    definition: findForm(request.deps.forms, formId, draft.formVersion),
    answers: draft.answers,
    draft,
    saved: request.query.has('saved'),
  });
}

/** `POST` of the form page: add or remove an item, save the draft, or submit. */
export async function postForm(request: WebRequest): Promise<HttpResult> {
  const { identity, csrf } = requireSession(request);
  const posted = await readFormPost(request, identity);
  checkCsrf(csrf, posted.get('_csrf'));
  const formId = request.params.formId ?? '';
  const draftId = request.params.draftId;
  const draft = draftId ? await getDraft(request.deps, identity, formId, draftId) : undefined;
  const definition = findForm(
    request.deps.forms,
    formId,
    draft?.formVersion ?? (Number(posted.get('formVersion')) || undefined),
  );
  const { answers, action } = formDataToAnswers(definition, posted);
  const view = { definition, answers, ...(draft ? { draft } : {}) };
  if (!action || action.kind === 'add' || action.kind === 'remove') return renderPage(request, view);
  const revision = Number(posted.get('revision')) || undefined;
  try {
    if (action.kind === 'submit') {
      const body = {
        formVersion: definition.version,
        answers,
        ...(draft ? { draftId: draft.draftId, revision } : {}),
      };
      const { submission } = await submit(request.deps, identity, formId, body);
      return redirect(`/submissions/${submission.submissionId}`);
    }
    const saved = draft
      ? await saveDraft(request.deps, identity, formId, draft.draftId, {
          formVersion: definition.version,
          answers,
          revision,
        })
      : await createDraft(request.deps, identity, formId, { formVersion: definition.version, answers });
    return redirect(`/forms/${formId}/drafts/${saved.draftId}?saved=1`);
  } catch (error) {
    if (error instanceof HttpError && error.status === 400 && error.fields) {
      return renderPage(request, { ...view, errors: formErrors(error), status: 400 });
    }
    throw error;
  }
}
