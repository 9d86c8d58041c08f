import * as z from 'zod/mini';
import type { ApiSchemas } from '#functions/platform/http/operation.ts';
import { langs } from '#functions/platform/text/bilingual.ts';
import { draftBody, idempotencyKey, newDraftBody, submitBody, uploadBody } from '../schemas.ts';

/*
 * What the JSON operations of form filling read: the API parses with these schemas, the pages check
 * ids with them, and the OpenAPI document is generated from them.
 */

/** An id of a draft or submission: a short slug or a UUID. */
const id = z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/));

/** A published version of a form; without it, the latest. */
const version = z.optional(z.coerce.number().check(z.int(), z.positive()));

export const submissionRequests = {
  /** Path parameters: ids are short slugs or UUIDs, and anything else is refused before a lookup. */
  pathParameters: {
    formId: z.string().check(z.regex(/^[a-z][a-z0-9-]{0,62}$/)),
    draftId: id,
    submissionId: id,
  },
  requestBodies: {
    createDraft: newDraftBody,
    saveDraft: draftBody,
    submit: submitBody,
    createUpload: uploadBody,
  },
  /**
   * The header is optional: a repeat of a request under the same `Idempotency-Key` replays the
   * first answer (200, `replayed: true`), and the same key with another body is refused (422
   * `idempotency_key_reused`).
   */
  requestHeaders: {
    createDraft: { 'Idempotency-Key': idempotencyKey },
    submit: { 'Idempotency-Key': idempotencyKey },
  },
  queryParameters: {
    getForm: z.object({ version }),
    /** The version, and the language of titles (default `id`). */
    getFormSchema: z.object({ version, lang: z.optional(z.enum(langs)) }),
  },
} as const satisfies Omit<ApiSchemas, 'responseBodies'>;
