import * as z from 'zod/mini';
import { draftBody, newDraftBody, submitBody, uploadBody } from '#functions/submissions/schemas.ts';

/**
 * The request schemas of the API, by operation. The router parses with them and the OpenAPI
 * document is generated from them: one definition, so the two cannot disagree.
 */
export const requestBodies = {
  createDraft: newDraftBody,
  saveDraft: draftBody,
  submit: submitBody,
  createUpload: uploadBody,
} as const;

const id = z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/));

/** Path parameters: ids are short slugs or UUIDs, and anything else is refused before a lookup. */
export const pathParameters = {
  formId: z.string().check(z.regex(/^[a-z][a-z0-9-]{0,62}$/)),
  draftId: id,
  submissionId: id,
} as const;

export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.object({ id: z.string(), en: z.string() }),
    fields: z.optional(
      z.array(
        z.object({
          path: z.string(),
          code: z.string(),
          message: z.object({ id: z.string(), en: z.string() }),
        }),
      ),
    ),
  }),
});
