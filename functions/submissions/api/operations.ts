import type * as z from 'zod/mini';
import { type Operation, operationTools } from '#functions/platform/http/operation.ts';
import type { SubmissionDeps } from '#functions/submissions/deps.ts';
import { createDraft, getDraft, saveDraft } from '#functions/submissions/drafts.ts';
import { createUpload } from '#functions/submissions/evidence.ts';
import { findForm } from '#functions/submissions/form-lookup.ts';
import { listMyForms } from '#functions/submissions/my-forms.ts';
import { getSubmission, submit } from '#functions/submissions/submit.ts';
import { answersSchemaOf, formSchemaPath } from './form-schemas.ts';
import { submissionsApi } from './schemas.ts';

const { answer, body, idempotencyKeyOf, param, query, signedIn } = operationTools(submissionsApi);

/** The form-filling operations of the `api` function, by the operation id its route names. */
export const operations: Record<string, Operation<SubmissionDeps>> = {
  listMyForms: async (input) => answer('listMyForms', 200, await listMyForms(input.deps, signedIn(input))),

  getForm: async (input) => {
    const identity = signedIn(input);
    const { version } = query(input, 'getForm');
    const form = await findForm(input.deps, identity, param(input, 'formId'), version);
    return answer('getForm', 200, { form, links: { schema: formSchemaPath(form.id, form.version) } });
  },

  getFormSchema: async (input) => {
    const identity = signedIn(input);
    const { version, lang } = query(input, 'getFormSchema');
    const form = await findForm(input.deps, identity, param(input, 'formId'), version);
    // The engine types its export as any JSON Schema; `answer` checks the shape documented for it.
    const schema = answersSchemaOf(form, lang ?? 'id') as z.input<
      typeof submissionsApi.responseBodies.getFormSchema
    >;
    return answer('getFormSchema', 200, schema, {
      'content-type': 'application/schema+json; charset=utf-8',
    });
  },

  createDraft: async (input) => {
    const identity = signedIn(input);
    const formId = param(input, 'formId');
    const key = idempotencyKeyOf(input, 'createDraft');
    const outcome = await createDraft(input.deps, identity, formId, body(input, 'createDraft'), key);
    const location = { location: `/api/forms/${formId}/drafts/${outcome.draft.draftId}` };
    return answer('createDraft', outcome.replayed ? 200 : 201, outcome, location);
  },

  getDraft: async (input) =>
    answer('getDraft', 200, {
      draft: await getDraft(input.deps, signedIn(input), param(input, 'formId'), param(input, 'draftId')),
    }),

  saveDraft: async (input) => {
    const identity = signedIn(input);
    const draft = await saveDraft(
      input.deps,
      identity,
      param(input, 'formId'),
      param(input, 'draftId'),
      body(input, 'saveDraft'),
    );
    return answer('saveDraft', 200, { draft });
  },

  submit: async (input) => {
    const identity = signedIn(input);
    const key = idempotencyKeyOf(input, 'submit');
    const outcome = await submit(input.deps, identity, param(input, 'formId'), body(input, 'submit'), key);
    const location = { location: `/api/submissions/${outcome.submission.submissionId}` };
    return answer('submit', outcome.replayed ? 200 : 201, outcome, location);
  },

  getSubmission: async (input) =>
    answer('getSubmission', 200, {
      submission: await getSubmission(input.deps, signedIn(input), param(input, 'submissionId')),
    }),

  createUpload: async (input) =>
    answer('createUpload', 201, {
      upload: await createUpload(input.deps, signedIn(input), body(input, 'createUpload')),
    }),
};
