import * as z from 'zod/mini';
import { createDraft, getDraft, saveDraft } from '#functions/submissions/drafts.ts';
import { createUpload } from '#functions/submissions/evidence.ts';
import { findForm } from '#functions/submissions/form-lookup.ts';
import { listMyForms } from '#functions/submissions/my-forms.ts';
import { getSubmission, submit } from '#functions/submissions/submit.ts';
import type { Operation } from './api.ts';
import { json } from './http.ts';
import { obligationOperations } from './obligation-operations.ts';
import { body, param, signedIn } from './operation-input.ts';
import { parseRequest } from './request.ts';

const versionQuery = z.optional(z.coerce.number().check(z.int(), z.positive()));

/** Every operation of the `api` function, by the operation id its route names. */
export const operations: Record<string, Operation> = {
  listMyForms: async (input) => json(200, await listMyForms(input.deps, signedIn(input))),

  getForm: async (input) => {
    signedIn(input);
    const version = parseRequest(
      z.object({ version: versionQuery }),
      input.event.queryStringParameters ?? {},
    ).version;
    return json(200, { form: findForm(input.deps.forms, param(input, 'formId'), version) });
  },

  createDraft: async (input) => {
    const identity = signedIn(input);
    const formId = param(input, 'formId');
    const draft = await createDraft(input.deps, identity, formId, body(input, 'createDraft'));
    return json(201, { draft }, { location: `/api/forms/${formId}/drafts/${draft.draftId}` });
  },

  getDraft: async (input) =>
    json(200, {
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
    return json(200, { draft });
  },

  submit: async (input) => {
    const identity = signedIn(input);
    const key = input.event.headers['idempotency-key'];
    const outcome = await submit(input.deps, identity, param(input, 'formId'), body(input, 'submit'), key);
    const location = { location: `/api/submissions/${outcome.submission.submissionId}` };
    return json(
      outcome.replayed ? 200 : 201,
      { submission: outcome.submission, replayed: outcome.replayed },
      location,
    );
  },

  getSubmission: async (input) =>
    json(200, { submission: await getSubmission(input.deps, signedIn(input), param(input, 'submissionId')) }),

  createUpload: async (input) =>
    json(201, { upload: await createUpload(input.deps, signedIn(input), body(input, 'createUpload')) }),

  ...obligationOperations,
};
